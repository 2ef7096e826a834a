/**
 * A tiny in-memory stand-in for the parts of the WebExtension API the
 * background uses. Tests load it with
 * `vi.mock('../../../utils/browser', () => import('./fake-browser'))`, and the
 * same for `utils/native-browser` (what the modules shared with the content
 * script import).
 */
type Listener = (...args: never[]) => unknown;

/** An event with addListener/removeListener and an `emit` for tests. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    emit: (...args: unknown[]) =>
      [...listeners].map((listener) =>
        (listener as never as (...a: unknown[]) => unknown)(...args),
      ),
    listeners,
  };
}

const data = new Map<string, unknown>();
const onChanged = fakeEvent();
const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

const local = {
  async get(keys?: string | string[] | null) {
    const names = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
    const result: Record<string, unknown> = {};
    for (const name of names) if (data.has(name)) result[name] = clone(data.get(name));
    return result;
  },
  async set(items: Record<string, unknown>) {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [name, value] of Object.entries(items)) {
      changes[name] = { oldValue: data.get(name), newValue: clone(value) };
      data.set(name, clone(value));
    }
    onChanged.emit(changes, 'local');
  },
  async remove(keys: string | string[]) {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const name of Array.isArray(keys) ? keys : [keys]) {
      changes[name] = { oldValue: data.get(name) };
      data.delete(name);
    }
    onChanged.emit(changes, 'local');
  },
};

export const EXTENSION_ID = 'reelcard-test-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export const browser = {
  storage: { local, onChanged },
  runtime: {
    id: EXTENSION_ID,
    getURL: (path: string) => EXTENSION_ORIGIN + path.replace(/^\//, ''),
    onMessage: fakeEvent(),
  },
  tabs: { onUpdated: fakeEvent(), onRemoved: fakeEvent() },
  i18n: { getUILanguage: () => 'en-US' },
};

/** Empties storage between tests. */
export function resetFakeBrowser(): void {
  data.clear();
}
