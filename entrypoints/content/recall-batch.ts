/**
 * Recalls go to the worker in batches: the titles asked about in one task
 * (an IntersectionObserver callback, the first titles read) share one message
 * and one reply. While a page is parsed its main thread is free only now and
 * then; one reply with every answer is handled in one go, where a reply per
 * title would each wait for a free moment of its own.
 */
import { MAX_RECALLS, type Recalled } from '../../utils/messages';
import type { TitleQuery } from '../../utils/types';
import type { RecallFn } from './lookups';

export type RecallManyFn = (queries: TitleQuery[]) => Promise<(Recalled | null)[]>;

interface Waiting {
  query: TitleQuery;
  resolve(answer: Recalled | null): void;
  reject(error: unknown): void;
}

/** One recall at a time for the caller; one message per task (and per MAX_RECALLS) on the wire. */
export function batchRecalls(send: RecallManyFn): RecallFn {
  let waiting: Waiting[] = [];

  const flush = () => {
    const batch = waiting;
    waiting = [];
    for (let start = 0; start < batch.length; start += MAX_RECALLS) {
      const part = batch.slice(start, start + MAX_RECALLS);
      send(part.map((item) => item.query)).then(
        (answers) => part.forEach((item, index) => item.resolve(answers[index] ?? null)),
        (error: unknown) => part.forEach((item) => item.reject(error)),
      );
    }
  };

  return (query) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) queueMicrotask(flush);
      waiting.push({ query, resolve, reject });
    });
}
