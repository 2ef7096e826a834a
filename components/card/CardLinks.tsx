/**
 * Outbound links: the trailer on YouTube, the title on TMDB and on IMDb.
 * Each URL is rebuilt from a validated id or key, never taken from data.
 */
import type { TitleDetails } from '../../utils/types';
import { t } from '../shared/i18n';
import { imdbUrl, tmdbUrl, youtubeUrl } from '../shared/links';

/** The link row; links whose id fails validation are left out. */
export function CardLinks({ details }: { details: TitleDetails }) {
  const links = [
    { key: 'trailer', href: youtubeUrl(details.trailerKey), label: t('card_trailer') },
    { key: 'tmdb', href: tmdbUrl(details.type, details.id), label: t('card_link_tmdb') },
    { key: 'imdb', href: imdbUrl(details.imdbId), label: t('card_link_imdb') },
  ].filter((link): link is { key: string; href: string; label: string } => link.href !== null);
  if (links.length === 0) return null;

  return (
    <nav class="links" aria-label={t('card_links_label')}>
      {links.map((link) => (
        <a
          key={link.key}
          class={`link link-${link.key}`}
          href={link.href}
          target="_blank"
          rel="noopener noreferrer"
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
