// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../../utils/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../../utils/native-browser', () => ({ browser: fakeBrowser }));
vi.mock('../../../utils/messages', async (original) => ({
  ...(await original<typeof import('../../../utils/messages')>()),
  sendMessage: vi.fn(),
}));

const { sendMessage, ReelcardError } = await import('../../../utils/messages');
const { KeySection } = await import('../../../components/options/KeySection');
const send = vi.mocked(sendMessage);

const V3 = '0123456789abcdef0123456789abcdef';

function setup(stored: 'v3' | 'v4' | null = null) {
  const container = document.createElement('div');
  document.body.append(container);
  const onStored = vi.fn();
  act(() => render(<KeySection stored={stored} onStored={onStored} />, container));

  const field = container.querySelector<HTMLInputElement>('#key-input')!;
  const type = (value: string) =>
    act(() => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const submit = async () => {
    await act(async () => {
      container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
  };
  const text = (selector: string) => container.querySelector(selector)?.textContent ?? '';
  return { container, field, type, submit, text, onStored };
}

describe('KeySection', () => {
  afterEach(() => {
    document.body.replaceChildren();
    send.mockReset();
  });

  it('names the kind of credential while it is typed', () => {
    const { type, text } = setup();
    type(V3);
    expect(text('#key-kind')).toBe('options_key_kind_v3');
    type('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln');
    expect(text('#key-kind')).toBe('options_key_kind_v4');
    type('hello');
    expect(text('#key-kind')).toBe('options_key_kind_unknown');
  });

  it('saves through the background and forgets the typed key', async () => {
    send.mockResolvedValue({ kind: 'v3' });
    const { field, type, submit, text, onStored } = setup();
    type(`  ${V3} `);
    await submit();

    expect(send).toHaveBeenCalledWith('saveKey', { key: V3 });
    expect(onStored).toHaveBeenCalledWith('v3');
    expect(field.value).toBe('');
    expect(field.type).toBe('password');
    expect(text('#key-outcome')).toBe('options_key_valid');
  });

  it('says plainly when TMDB refuses the key or cannot be reached', async () => {
    const { type, submit, text, onStored } = setup();
    type(V3);
    send.mockRejectedValue(new ReelcardError('invalid-key', 'Invalid API key'));
    await submit();
    expect(text('#key-outcome')).toBe('options_key_invalid');

    send.mockRejectedValue(new ReelcardError('offline', 'Failed to fetch'));
    await submit();
    expect(text('#key-outcome')).toBe('options_key_offline');
    expect(onStored).not.toHaveBeenCalled();
  });

  it('shows a masked placeholder for a stored key, never the key', () => {
    const { field } = setup('v4');
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('options_key_placeholder_saved');
  });
});
