/**
 * The toolbar popup: search TMDB as you type, open a title's details, and
 * list the titles on the current page. Without a stored key it only points
 * to the options page, since nothing else can work yet.
 */
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../../utils/logger';
import { sendMessage, type KeyKind } from '../../utils/messages';
import type { TitleSummary } from '../../utils/types';
import { Details } from './Details';
import { NoKeyNotice } from './NoKeyNotice';
import { OnThisPage } from './OnThisPage';
import { PopupFrame } from './PopupFrame';
import { SearchHome } from './SearchHome';
import { rememberSearch } from './recent-searches';
import { takePendingSearch } from './pending-search';
import { useTitleSearch } from './use-title-search';

/** The whole popup. */
export function PopupApp() {
  const [keyKind, setKeyKind] = useState<KeyKind | null | undefined>(undefined);
  const [text, setText] = useState('');
  const [opened, setOpened] = useState<TitleSummary | null>(null);
  const search = useTitleSearch();

  useEffect(() => {
    sendMessage('keyStatus', {}).then(
      (status) => setKeyKind(status.kind),
      (error: unknown) => {
        // Assume a key so the search can show the real problem when it fails.
        reportError('Key status', error);
        setKeyKind('v3');
      },
    );
  }, []);

  // A context-menu lookup starts the popup with its text already searched.
  useEffect(() => {
    const controller = new AbortController();
    takePendingSearch((pending) => {
      setOpened(null);
      setText(pending);
      search.now(pending);
    }, controller.signal);
    return () => controller.abort();
  }, [search.now]);

  const changeText = (next: string) => {
    setText(next);
    search.update(next);
  };

  const open = (summary: TitleSummary) => {
    setOpened(summary);
    rememberSearch(text).catch((error: unknown) => reportError('Recent searches', error));
  };

  return (
    <PopupFrame>
      {/* The field shows while the key is checked, so typing at once is not lost. */}
      {keyKind === null ? (
        <NoKeyNotice />
      ) : opened ? (
        <Details summary={opened} onBack={() => setOpened(null)} />
      ) : (
        <SearchHome
          text={text}
          state={search.state}
          onText={changeText}
          onSearchNow={(picked) => {
            setText(picked);
            search.now(picked);
          }}
          onOpen={open}
        />
      )}
      {!opened && <OnThisPage />}
    </PopupFrame>
  );
}
