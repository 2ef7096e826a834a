/** The popup's fixed parts: Reelcard's name and an options link above, TMDB's credit below. */
import type { ComponentChildren } from 'preact';
import { browser } from '../../utils/browser';
import { t } from '../shared/i18n';

/** Header, main area and footer around the popup's content. */
export function PopupFrame({ children }: { children: ComponentChildren }) {
  return (
    <>
      <header class="bar">
        <img src="/reelcard.svg" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup_options')}
        </button>
      </header>
      <main>{children}</main>
      <footer class="attribution">
        {t('popup_data_from')}{' '}
        <a href="https://www.themoviedb.org" target="_blank" rel="noreferrer">
          TMDB
        </a>
      </footer>
    </>
  );
}
