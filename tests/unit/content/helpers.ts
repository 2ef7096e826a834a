/**
 * Small builders for content-script tests: entries on a happy-dom page and
 * a deferred promise for answers that arrive when the test says so.
 */
import { vi } from 'vitest';
import type { CardController } from '../../../entrypoints/content/card-controller';
import { createEntry, type TitleEntry } from '../../../entrypoints/content/entries';
import type { TitleQuery } from '../../../utils/types';

/** A title element in the document with its entry (badge appended inside it). */
export function entryFor(query: TitleQuery): TitleEntry {
  const element = document.createElement('a');
  element.textContent = query.title;
  document.body.append(element);
  const entry = createEntry(element, query, { style: 'rating', theme: 'system' });
  element.append(entry.view.host);
  return entry;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A promise settled from outside. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** A card controller whose every call is recorded. */
export function fakeCard() {
  return {
    hoverStart: vi.fn(),
    hoverEnd: vi.fn(),
    open: vi.fn(),
    toggle: vi.fn(),
    refresh: vi.fn(),
    close: vi.fn(),
    isOpenFor: vi.fn(() => false),
  } satisfies CardController;
}
