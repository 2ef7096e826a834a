/**
 * One request queue for every tab: a rate ceiling, a concurrency cap,
 * priorities, merging of identical jobs, cancellation by tab, per-attempt
 * timeouts and retries. All time comes from `now` and setTimeout, so fake
 * timers can drive it.
 */
import { ReelcardError, type Priority } from '../messages';
import type { RetryLimits } from './retry-policy';
import { decideRetry } from './retry-policy';
import { TokenBucket } from './token-bucket';
import { BURST, CONCURRENCY, RATE_PER_SECOND } from './limits';
import { createJob, PAGE, RANK, type Job, type JobRequest } from './job';

export type { JobRequest } from './job';

/** Limits and clock of one scheduler; see DEFAULT_SCHEDULER_OPTIONS for the values used. */
export interface SchedulerOptions extends RetryLimits {
  ratePerSecond: number;
  /** Requests allowed at once before the rate applies; keeps any 1 s window under rate + burst. */
  burst: number;
  concurrency: number;
  timeoutMs: number;
  now: () => number;
}

/**
 * 20/s with a burst of 4 stays far below TMDB's ~40/s even in the worst second.
 * After a 429 the whole queue pauses and only a burst's worth of jobs probe
 * again, so in a long storm the same few jobs meet most 429s: their own
 * retry cap is high enough to outlast one, yet still ends a job that never gets through.
 */
export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  ratePerSecond: RATE_PER_SECOND,
  burst: BURST,
  concurrency: CONCURRENCY,
  timeoutMs: 10_000,
  maxRetries: 3,
  maxRateLimitRetries: 16,
  baseMs: 500,
  maxMs: 30_000,
  random: Math.random,
  now: () => Date.now(),
};

/** The background's single TMDB request queue. */
export class Scheduler {
  private readonly options: SchedulerOptions;
  private readonly bucket: TokenBucket;
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private running = 0;
  /** Orders jobs of equal priority by arrival. */
  private seq = 0;
  private pausedUntil = 0;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: Partial<SchedulerOptions> = {}) {
    this.options = { ...DEFAULT_SCHEDULER_OPTIONS, ...options };
    this.bucket = new TokenBucket(this.options.ratePerSecond, this.options.burst, this.now());
  }

  /** Queues a job, or joins the queued or running job with the same key. */
  run<T>(request: JobRequest<T>): Promise<T> {
    const existing = this.jobs.get(request.key);
    if (existing) {
      this.addOwner(existing, request.tabId, request.priority);
      return existing.promise as Promise<T>;
    }

    const job = createJob(request, this.seq++);
    this.jobs.set(job.key, job);
    this.queue.push(job);
    this.pump();
    return job.promise as Promise<T>;
  }

  /** Adds a caller to a job already under way; false when there is none. */
  join(key: string, tabId: number | undefined, priority: Priority): boolean {
    const job = this.jobs.get(key);
    if (job) this.addOwner(job, tabId, priority);
    return Boolean(job);
  }

  /** Drops a tab's interest in every job; jobs nobody else wants are cancelled. */
  cancelTab(tabId: number): void {
    for (const job of [...this.jobs.values()]) {
      if (!job.owners.delete(tabId) || job.owners.size > 0) continue;
      this.cancel(job);
    }
    this.pump();
  }

  /** How much work is waiting and running; for diagnostics and tests. */
  stats(): { queued: number; running: number; pausedUntil: number } {
    return { queued: this.queue.length, running: this.running, pausedUntil: this.pausedUntil };
  }

  private now(): number {
    return this.options.now();
  }

  private addOwner(job: Job, tabId: number | undefined, priority: Priority): void {
    job.owners.add(tabId ?? PAGE);
    job.rank = Math.min(job.rank, RANK[priority]);
  }

  private cancel(job: Job): void {
    this.jobs.delete(job.key);
    const index = this.queue.indexOf(job);
    if (index >= 0) this.queue.splice(index, 1);

    const error = new ReelcardError('cancelled', 'The tab that asked has navigated away');
    job.controller?.abort(error);
    job.reject(error);
  }

  /** Starts as many ready jobs as the caps allow, and sets a timer for the next one. */
  private pump(): void {
    this.clearWake();
    while (this.running < this.options.concurrency) {
      const now = this.now();
      if (now < this.pausedUntil) return this.wakeAt(this.pausedUntil);

      const job = this.nextReady(now);
      if (!job) return this.wakeForBackoff();

      const wait = this.bucket.take(now);
      if (wait > 0) return this.wakeAt(now + wait);
      this.start(job);
    }
  }

  /** The ready job with the best priority, oldest first among equals. */
  private nextReady(now: number): Job | undefined {
    let best: Job | undefined;
    for (const job of this.queue) {
      if (job.notBefore > now) continue;
      if (!best || job.rank < best.rank || (job.rank === best.rank && job.seq < best.seq)) {
        best = job;
      }
    }
    return best;
  }

  private wakeForBackoff(): void {
    if (this.queue.length === 0) return;
    this.wakeAt(Math.min(...this.queue.map((job) => job.notBefore)));
  }

  private wakeAt(time: number): void {
    this.clearWake();
    this.wakeTimer = setTimeout(() => this.pump(), Math.max(0, time - this.now()));
  }

  private clearWake(): void {
    if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }

  private start(job: Job): void {
    this.queue.splice(this.queue.indexOf(job), 1);
    this.running += 1;

    const controller = new AbortController();
    job.controller = controller;
    const timer = setTimeout(() => {
      controller.abort(new ReelcardError('timeout', 'TMDB took too long to answer'));
    }, this.options.timeoutMs);

    void this.attempt(job, controller.signal).finally(() => {
      clearTimeout(timer);
      job.controller = null;
      this.running -= 1;
      this.pump();
    });
  }

  private async attempt(job: Job, signal: AbortSignal): Promise<void> {
    try {
      const value = await job.task(signal);
      if (signal.aborted) throw signal.reason;
      this.finish(job);
      job.resolve(value);
    } catch (error) {
      // An abort's reason (timeout or cancel) says more than what fetch threw for it.
      this.onFailure(job, signal.aborted ? signal.reason : error);
    }
  }

  private onFailure(job: Job, error: unknown): void {
    // A cancelled job was already rejected (and its key may belong to a newer job now).
    if (this.jobs.get(job.key) !== job) return;

    const decision = decideRetry(error, job, this.options);
    if (decision.action === 'fail') {
      this.finish(job);
      job.reject(error);
      return;
    }

    const until = this.now() + decision.delayMs;
    if (decision.action === 'pause') {
      job.rateLimitRetries += 1;
      this.pausedUntil = Math.max(this.pausedUntil, until);
    } else {
      job.retries += 1;
      job.notBefore = until;
    }
    this.queue.push(job);
  }

  private finish(job: Job): void {
    if (this.jobs.get(job.key) === job) this.jobs.delete(job.key);
  }
}
