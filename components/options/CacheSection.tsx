/**
 * The cache of TMDB answers: how big it is, how often it saved a request,
 * and a Clear button that first says what clearing keeps.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportError } from '../../utils/logger';
import { sendMessage, type CacheStats } from '../../utils/messages';
import { formatNumber, t } from '../shared/i18n';
import { formatBytes, hitRate } from './cache-format';

/** Cache statistics with a confirmed Clear. */
export function CacheSection() {
  const [stats, setStats] = useState<CacheStats | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);

  const refresh = () =>
    sendMessage('cacheStats', {}).then(setStats, (e: unknown) => reportError('Cache stats', e));

  useEffect(() => void refresh(), []);

  const clear = async () => {
    setConfirming(false);
    await sendMessage('clearCache', {});
    setCleared(true);
    await refresh();
  };

  const rate = stats ? hitRate(stats) : null;
  return (
    <section aria-labelledby="cache-heading">
      <h2 id="cache-heading">{t('options_cache_heading')}</h2>
      <dl class="stats">
        <dt>{t('options_cache_entries')}</dt>
        <dd>{stats ? formatNumber(stats.entries) : '…'}</dd>
        <dt>{t('options_cache_size')}</dt>
        <dd>{stats ? formatBytes(stats.bytes) : '…'}</dd>
        <dt>{t('options_cache_hit_rate')}</dt>
        <dd>{rate === null ? t('options_cache_no_hits') : `${formatNumber(rate)} %`}</dd>
      </dl>
      {confirming ? (
        <ConfirmClear onYes={() => void clear().catch(onFail)} onNo={() => setConfirming(false)} />
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('options_cache_clear')}
        </button>
      )}
      <p class="outcome ok" role="status">
        {cleared ? t('options_cache_cleared') : ''}
      </p>
    </section>
  );
}

function onFail(error: unknown): void {
  reportError('Clearing the cache', error);
}

/** Says what clearing keeps; focus moves to its first button so the keyboard follows. */
function ConfirmClear({ onYes, onNo }: { onYes: () => void; onNo: () => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);

  return (
    <div class="notice" role="group" aria-labelledby="cache-confirm-text">
      <p id="cache-confirm-text">{t('options_cache_confirm')}</p>
      <button ref={yes} type="button" class="primary" onClick={onYes}>
        {t('options_cache_confirm_yes')}
      </button>{' '}
      <button type="button" onClick={onNo}>
        {t('options_cache_confirm_no')}
      </button>
    </div>
  );
}
