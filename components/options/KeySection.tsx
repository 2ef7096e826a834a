/**
 * The TMDB key: one field for a v3 API key or a v4 read access token, which
 * says which it is while typing. Saving goes through the background, which
 * checks the key with TMDB and alone stores it; the key is never read back.
 */
import { useState } from 'preact/hooks';
import { sendMessage, type KeyKind } from '../../utils/messages';
import { kindOf } from '../popup/errors';
import { t } from '../shared/i18n';
import { detectKeyKind } from './key-kind';
import { saveErrorKey, storedKindKey, typedKindKey } from './key-messages';

interface Props {
  stored: KeyKind | null;
  onStored: (kind: KeyKind | null) => void;
}

type Outcome = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

/** The key field with Save, Show/Hide and Remove. */
export function KeySection({ stored, onStored }: Props) {
  const [value, setValue] = useState('');
  const [visible, setVisible] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const typedKey = typedKindKey(detectKeyKind(value));

  const save = async (event: Event) => {
    event.preventDefault();
    if (value.trim() === '') return;
    setOutcome({ tone: 'busy', text: t('options_key_checking') });
    try {
      const { kind } = await sendMessage('saveKey', { key: value.trim() });
      // Forget the key here at once: the field shows a masked placeholder from now on.
      setValue('');
      setVisible(false);
      onStored(kind);
      setOutcome({ tone: 'ok', text: t('options_key_valid', t(storedKindKey(kind))) });
    } catch (error) {
      setOutcome({ tone: 'error', text: t(saveErrorKey(kindOf(error))) });
    }
  };

  const remove = async () => {
    try {
      await sendMessage('removeKey', {});
      onStored(null);
      setOutcome({ tone: 'ok', text: t('options_key_removed') });
    } catch (error) {
      setOutcome({ tone: 'error', text: t(saveErrorKey(kindOf(error))) });
    }
  };

  return (
    <section id="key" aria-labelledby="key-heading">
      <h2 id="key-heading">{t('options_key_heading')}</h2>
      <form class="key-form" onSubmit={save}>
        <label for="key-input">{t('options_key_label')}</label>
        <div class="key-row">
          <input
            id="key-input"
            type={visible ? 'text' : 'password'}
            autocomplete="off"
            spellcheck={false}
            aria-describedby="key-kind key-outcome"
            placeholder={stored ? t('options_key_placeholder_saved', t(storedKindKey(stored))) : ''}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
          <button type="button" aria-pressed={visible} onClick={() => setVisible(!visible)}>
            {t(visible ? 'options_key_hide' : 'options_key_show')}
          </button>
        </div>
        <p id="key-kind" class="hint" aria-live="polite">
          {typedKey ? t(typedKey) : stored ? t('options_key_stored', t(storedKindKey(stored))) : ''}
        </p>
        <div class="actions">
          <button type="submit" class="primary" disabled={value.trim() === ''}>
            {t('options_key_save')}
          </button>
          {stored && (
            <button type="button" onClick={() => void remove()}>
              {t('options_key_remove')}
            </button>
          )}
        </div>
        <p id="key-outcome" class={`outcome ${outcome?.tone ?? ''}`} role="status">
          {outcome?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
