/**
 * Indexes the entries of one run by element, key and query.
 */
import type { TitleEntry } from './entries';

export interface Registry {
  add(entry: TitleEntry): void;
  delete(entry: TitleEntry): void;
  byElement(element: Element): TitleEntry | undefined;
  byKey(key: string): TitleEntry | undefined;
  /** Every entry asking the same question, e.g. all badges of one corrected title. */
  withQuery(queryKey: string): TitleEntry[];
  all(): TitleEntry[];
}

/** An empty registry. */
export function createRegistry(): Registry {
  const byElement = new Map<Element, TitleEntry>();
  const byKey = new Map<string, TitleEntry>();

  return {
    add(entry) {
      byElement.set(entry.element, entry);
      byKey.set(entry.key, entry);
    },
    delete(entry) {
      byElement.delete(entry.element);
      byKey.delete(entry.key);
    },
    byElement: (element) => byElement.get(element),
    byKey: (key) => byKey.get(key),
    withQuery: (queryKey) => [...byKey.values()].filter((entry) => entry.queryKey === queryKey),
    all: () => [...byKey.values()],
  };
}
