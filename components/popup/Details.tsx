/**
 * A title's details in the popup, drawn by the same Card the pages show.
 * Escape or the Back button returns to the search with its results intact.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportError } from '../../utils/logger';
import { sendMessage } from '../../utils/messages';
import { loadSettings, type Settings } from '../../utils/settings';
import type { ErrorKind, TitleDetails, TitleSummary } from '../../utils/types';
import { Card } from '../card/Card';
import { CARD_CSS } from '../card/card-css';
import { t } from '../shared/i18n';
import { kindOf } from './errors';

interface Props {
  summary: TitleSummary;
  onBack: () => void;
}

type Loaded = { details: TitleDetails | null; error: ErrorKind | null };

/** Loads the details of `summary` and shows them, the summary standing in meanwhile. */
export function Details({ summary, onBack }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [settings, setSettings] = useState<Settings | null>(null);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => reportError('Settings', error));
  }, []);

  useEffect(() => {
    let current = true;
    setLoaded(null);
    sendMessage('details', { ref: { type: summary.type, id: summary.id }, priority: 'card' }).then(
      (details) => current && setLoaded({ details, error: null }),
      (error: unknown) => current && setLoaded({ details: null, error: kindOf(error) }),
    );
    return () => void (current = false);
  }, [summary, attempt]);

  // Focus moves to Back so that Tab continues into the card and Escape is heard here.
  useEffect(() => back.current?.focus(), []);

  useEffect(() => {
    const controller = new AbortController();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKey, { signal: controller.signal });
    return () => controller.abort();
  }, [onBack]);

  return (
    <section class="details" aria-label={summary.title}>
      <style>{CARD_CSS}</style>
      <button ref={back} type="button" class="link-button back" onClick={onBack}>
        {t('popup_back')}
      </button>
      <Card
        details={loaded?.details ?? null}
        summary={summary}
        errorKind={loaded?.error ?? null}
        region={settings?.region}
        theme={settings?.theme}
        onRetry={() => setAttempt(attempt + 1)}
      />
    </section>
  );
}
