/**
 * Time-sliced work for the content script. A page with thousands of titles
 * must never get one long task from us: jobs run in order in slices of a few
 * milliseconds, and between slices the page gets its main thread back (input,
 * rendering, its own scripts, our own replies from the background).
 */
import { reportError } from '../logger';

/** One small piece of work, e.g. reading one tile or drawing one badge. */
export type Job = () => void;

export interface SliceOptions {
  /** How long one slice may run before yielding; 8 ms leaves room in a 16 ms frame. */
  budgetMs?: number;
  /** The clock; tests pass a fake one. */
  now?: () => number;
  /** Runs the next slice later; defaults to a new task (see `postedYield`). */
  yieldTo?: (next: () => void) => void;
}

export interface WorkQueue {
  /** Queues jobs after those already waiting; starts a slice now when idle. */
  add(jobs: Job[]): void;
  /** How many jobs wait. */
  readonly size: number;
}

/** The default slice length. */
export const SLICE_MS = 8;

// Drop finished jobs from the front of the array once this many have piled up.
const COMPACT_AFTER = 512;

/** A queue whose jobs stop running when `signal` aborts. */
export function createWorkQueue(signal: AbortSignal, options: SliceOptions = {}): WorkQueue {
  const budget = options.budgetMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const yieldTo = options.yieldTo ?? postedYield(signal);
  let jobs: Job[] = [];
  let head = 0;
  let busy = false;

  const drain = () => {
    if (signal.aborted) return;
    busy = true;
    const started = now();
    while (head < jobs.length && !signal.aborted) {
      runSafely(jobs[head++]!);
      if (now() - started >= budget) break;
    }
    compact();
    busy = head < jobs.length && !signal.aborted;
    // Still busy: the next slice is already on its way, so add() must not start another.
    if (busy) yieldTo(drain);
  };

  const compact = () => {
    if (head === jobs.length) {
      jobs = [];
      head = 0;
    } else if (head > COMPACT_AFTER) {
      jobs = jobs.slice(head);
      head = 0;
    }
  };

  return {
    add(more) {
      if (signal.aborted || more.length === 0) return;
      for (const job of more) jobs.push(job);
      if (!busy) drain();
    },
    get size() {
      return jobs.length - head;
    },
  };
}

/** One failing job (a hostile page, an adapter bug) must not stop the others. */
function runSafely(job: Job): void {
  try {
    job();
  } catch (error) {
    reportError('sliced job', error);
  }
}

/** The Prioritized Task Scheduling API, where the browser has it. */
interface TaskScheduler {
  postTask(callback: () => void, options?: { priority?: string; signal?: AbortSignal }): unknown;
}

/**
 * Yields with a new task: `scheduler.postTask` where available (no delay,
 * queued behind input and rendering), else a zero timer (which browsers
 * clamp to 4 ms once nested, still short). No MessageChannel: our code posts
 * no messages that a page could mistake for a channel to talk into.
 */
function postedYield(signal: AbortSignal): (next: () => void) => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return (next) => setTimeout(next, 0);

  const post = scheduler.postTask.bind(scheduler);
  return (next) => {
    // The abort rejects the task's promise; that rejection is expected and ignored.
    Promise.resolve(post(next, { priority: 'user-visible', signal })).catch(() => undefined);
  };
}
