/**
 * "On this page": the titles the content script found in the tab, each a
 * button that scrolls the page to it and opens its card. Says plainly when
 * the page has none, when its site is switched off, or when we do not run there.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { reportError } from '../../utils/logger';
import { loadSettings, saveSettings } from '../../utils/settings';
import type { SiteId } from '../../utils/sites/ids';
import { t } from '../shared/i18n';
import { listPageTitles, revealPageTitle, targetTabId, type PageListing } from './page-titles';
import { PageTitleItem } from './PageTitleItem';

type Loaded = { tabId: number | null; listing: PageListing } | null;

/** Gives the content script a moment to rescan after its site is switched on. */
const RESCAN_WAIT_MS = 600;

/** The section listing the current tab's titles. */
export function OnThisPage() {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const lifetime = useRef(new AbortController());

  const refresh = useCallback(async () => {
    const tabId = await targetTabId();
    setLoaded({ tabId, listing: await listPageTitles(tabId) });
  }, []);

  useEffect(() => {
    const controller = lifetime.current;
    refresh().catch((error: unknown) => reportError('Listing the page', error));
    return () => controller.abort();
  }, [refresh]);

  const reveal = async (key: string) => {
    if (loaded?.tabId == null) return;
    await revealPageTitle(loaded.tabId, key);
    // The card is open on the page now; the popup would only cover it.
    window.close();
  };

  const enable = async (site: SiteId) => {
    const settings = await loadSettings();
    await saveSettings({ sites: { ...settings.sites, [site]: true } });
    setLoaded(null);

    const { signal } = lifetime.current;
    const timer = setTimeout(() => void refresh(), RESCAN_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer));
  };

  return (
    <section class="on-page" aria-labelledby="reelcard-page-heading" aria-busy={loaded === null}>
      <h2 id="reelcard-page-heading">{t('popup_page_heading')}</h2>
      <Listing
        listing={loaded?.listing ?? null}
        onReveal={(key) => reveal(key).catch((e: unknown) => reportError('Reveal', e))}
        onEnable={(site) => enable(site).catch((e: unknown) => reportError('Enable site', e))}
      />
    </section>
  );
}

interface ListingProps {
  listing: PageListing | null;
  onReveal: (key: string) => void;
  onEnable: (site: SiteId) => void;
}

function Listing({ listing, onReveal, onEnable }: ListingProps) {
  if (!listing) return <p class="muted">{t('popup_page_checking')}</p>;

  switch (listing.status) {
    case 'unsupported':
      return <p class="muted">{t('popup_page_unsupported')}</p>;
    case 'empty':
      return <p class="muted">{t('popup_page_empty')}</p>;
    case 'disabled':
      return <SiteOff site={listing.site} onEnable={onEnable} />;
    case 'titles':
      return (
        <ul class="page-titles">
          {listing.titles.map((title) => (
            <PageTitleItem key={title.key} title={title} onReveal={() => onReveal(title.key)} />
          ))}
        </ul>
      );
  }
}

function SiteOff({ site, onEnable }: { site: SiteId | null; onEnable: (site: SiteId) => void }) {
  return (
    <div class="notice">
      <p>{t('popup_page_disabled')}</p>
      {site && (
        <button type="button" onClick={() => onEnable(site)}>
          {t('popup_page_enable')}
        </button>
      )}
    </div>
  );
}
