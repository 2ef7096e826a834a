/** The jobs the scheduler queues: who wants them, how urgent they are, how often they failed. */
import type { Priority } from '../messages';

/** What a caller hands the scheduler. */
export interface JobRequest<T> {
  /** Jobs with the same key share one run and one result. */
  key: string;
  priority: Priority;
  /** The tab that asked; undefined for extension pages and background refreshes. */
  tabId?: number;
  task: (signal: AbortSignal) => Promise<T>;
}

/** Who still wants a job: tab ids, or PAGE for callers not tied to a tab. */
export type Owner = number | 'page';
export const PAGE: Owner = 'page';

/** Lower runs first. */
export const RANK: Record<Priority, number> = { card: 0, visible: 1, prefetch: 2 };

/** One queued or running request, with everything needed to retry or cancel it. */
export interface Job {
  key: string;
  seq: number;
  rank: number;
  owners: Set<Owner>;
  task: (signal: AbortSignal) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  promise: Promise<unknown>;
  notBefore: number;
  retries: number;
  rateLimitRetries: number;
  controller: AbortController | null;
}

/** A new job for `request`, owned by its tab (or PAGE), numbered `seq` for ordering. */
export function createJob<T>(request: JobRequest<T>, seq: number): Job {
  let resolve!: (value: unknown) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<unknown>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Callers that stop listening (a closed card) must not cause unhandled rejections.
  promise.catch(() => undefined);
  return {
    key: request.key,
    seq,
    rank: RANK[request.priority],
    owners: new Set<Owner>([request.tabId ?? PAGE]),
    task: request.task,
    resolve,
    reject,
    promise,
    notBefore: 0,
    retries: 0,
    rateLimitRetries: 0,
    controller: null,
  };
}
