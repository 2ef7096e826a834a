/**
 * Indexes the entries of one run by element, badge host, key and query.
 */
import type { TitleEntry } from './entries';

export interface Registry {
  add(entry: TitleEntry): void;
  delete(entry: TitleEntry): void;
  byElement(element: Element): TitleEntry | undefined;
  /** The entry whose badge is `host`: events from inside a badge arrive retargeted to it. */
  byHost(host: Element): TitleEntry | undefined;
  byKey(key: string): TitleEntry | undefined;
  /** Every entry asking the same question, e.g. all badges of one corrected title. */
  withQuery(queryKey: string): TitleEntry[];
  all(): TitleEntry[];
}

/** An empty registry. */
export function createRegistry(): Registry {
  const byElement = new Map<Element, TitleEntry>();
  const byKey = new Map<string, TitleEntry>();
  const byHost = new Map<Element, TitleEntry>();

  return {
    add(entry) {
      byElement.set(entry.element, entry);
      byKey.set(entry.key, entry);
      byHost.set(entry.view.host, entry);
    },
    delete(entry) {
      byElement.delete(entry.element);
      byKey.delete(entry.key);
      byHost.delete(entry.view.host);
    },
    byElement: (element) => byElement.get(element),
    byHost: (host) => byHost.get(host),
    byKey: (key) => byKey.get(key),
    withQuery: (queryKey) => [...byKey.values()].filter((entry) => entry.queryKey === queryKey),
    all: () => [...byKey.values()],
  };
}
