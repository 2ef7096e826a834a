/**
 * The overview, clamped to about four lines with a button to read the rest.
 */
import { Component } from 'preact';
import { t } from '../shared/i18n';
import { isTrusted } from '../shared/trusted';

// Roughly four lines at the card's width; shorter text never needs the button.
const CLAMP_CHARS = 220;

export interface CardOverviewProps {
  overview: string | null;
  tagline?: string | null;
}

/** Tagline and overview as plain text; a class component so no hooks runtime is needed. */
export class CardOverview extends Component<CardOverviewProps, { expanded: boolean }> {
  state = { expanded: false };

  private toggle = (event: Event) => {
    if (isTrusted(event)) this.setState({ expanded: !this.state.expanded });
  };

  render({ overview, tagline }: CardOverviewProps, { expanded }: { expanded: boolean }) {
    if (!overview && !tagline) return null;
    const long = (overview?.length ?? 0) > CLAMP_CHARS;
    return (
      <section class="overview">
        {tagline ? <p class="tagline">{tagline}</p> : null}
        {overview ? (
          <p class={long && !expanded ? 'overview-text clamped' : 'overview-text'}>{overview}</p>
        ) : null}
        {long ? (
          <button type="button" class="link-button" aria-expanded={expanded} onClick={this.toggle}>
            {t(expanded ? 'card_less' : 'card_more')}
          </button>
        ) : null}
      </section>
    );
  }
}
