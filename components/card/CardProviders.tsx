/**
 * Where to watch in the user's region, one row per kind of offer, with the
 * JustWatch credit TMDB's terms require wherever this data is shown.
 */
import type { Provider, WatchProviders } from '../../utils/types';
import { t } from '../shared/i18n';
import { imageUrl } from '../shared/links';

type OfferKind = 'flatrate' | 'free' | 'ads' | 'rent' | 'buy';

/** Row order and labels: what costs least comes first. */
const ROWS: { kind: OfferKind; label: string }[] = [
  { kind: 'flatrate', label: 'card_stream' },
  { kind: 'free', label: 'card_free' },
  { kind: 'ads', label: 'card_ads' },
  { kind: 'rent', label: 'card_rent' },
  { kind: 'buy', label: 'card_buy' },
];

// Enough logos to recognise the usual services without wrapping onto many lines.
const LOGOS_PER_ROW = 8;

export interface CardProvidersProps {
  providers: WatchProviders | null;
  /** Named in the heading when known. */
  region?: string;
}

/** Whether any row would show; the credit follows exactly this. */
export function hasProviders(providers: WatchProviders | null): boolean {
  return providers !== null && ROWS.some(({ kind }) => providers[kind].length > 0);
}

/** The provider rows, or nothing at all (and then no credit either). */
export function CardProviders({ providers, region }: CardProvidersProps) {
  if (!providers || !hasProviders(providers)) return null;

  return (
    <section class="providers">
      <h3 class="section-title">
        {region ? t('card_where_to_watch_in', region) : t('card_where_to_watch')}
      </h3>
      <dl class="provider-rows">
        {ROWS.filter(({ kind }) => providers[kind].length > 0).map(({ kind, label }) => (
          <ProviderRow key={kind} label={t(label)} list={providers[kind]} />
        ))}
      </dl>
      <p class="credit">{t('card_justwatch')}</p>
    </section>
  );
}

function ProviderRow({ label, list }: { label: string; list: Provider[] }) {
  return (
    <div class="provider-row">
      <dt>{label}</dt>
      <dd>
        {list.slice(0, LOGOS_PER_ROW).map((provider) => (
          <ProviderLogo key={provider.id} provider={provider} />
        ))}
      </dd>
    </div>
  );
}

/** A logo with the provider's name as alt text and tooltip; the bare name when there is no logo. */
function ProviderLogo({ provider }: { provider: Provider }) {
  const small = imageUrl('w45', provider.logoPath);
  const large = imageUrl('w92', provider.logoPath);
  if (!small) return <span class="provider-name">{provider.name}</span>;
  return (
    <img
      class="logo"
      src={small}
      srcset={large ? `${small} 1x, ${large} 2x` : undefined}
      width={28}
      height={28}
      alt={provider.name}
      title={provider.name}
      loading="lazy"
      referrerpolicy="no-referrer"
    />
  );
}
