vi.mock('../../../utils/browser', () => import('./fake-browser'));
vi.mock('../../../utils/native-browser', () => import('./fake-browser'));
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReelcardError } from '../../../utils/messages';
import { Scheduler, type SchedulerOptions } from '../../../utils/scheduler/scheduler';
import { BURST, RATE_PER_SECOND } from '../../../utils/scheduler/limits';
import { cancelWorkOfClosedTabs } from '../../../utils/scheduler/tabs';
import { browser } from './fake-browser';
import { TmdbHttpError } from '../../../utils/tmdb/errors';

function makeScheduler(options: Partial<SchedulerOptions> = {}) {
  return new Scheduler({ random: () => 0, ...options });
}

/** A task that stays pending until the test resolves it, recording that it started. */
function deferredTask(log: string[], name: string) {
  let resolve!: (value: string) => void;
  const task = (signal: AbortSignal) =>
    new Promise<string>((res, rej) => {
      log.push(name);
      resolve = res;
      signal.addEventListener('abort', () => rej(signal.reason));
    });
  return { task, resolve: (value: string) => resolve(value) };
}

const rateLimited = (retryAfterMs: number | null) =>
  new TmdbHttpError('rate-limited', '429', 429, retryAfterMs);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Scheduler', () => {
  it('keeps starts within burst + rate in the first second', async () => {
    const scheduler = makeScheduler({ concurrency: 1000 });
    const starts: number[] = [];
    const jobs = Array.from({ length: 100 }, (_, i) =>
      scheduler.run({
        key: `k${i}`,
        priority: 'visible',
        task: async () => starts.push(Date.now()),
      }),
    );

    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts.filter((t) => t - t0 < 1000).length).toBeLessThanOrEqual(BURST + RATE_PER_SECOND);

    await vi.runAllTimersAsync();
    await Promise.all(jobs);
    expect(starts).toHaveLength(100);
  });

  it('runs at most `concurrency` jobs at once', async () => {
    // A burst as large as the queue, so the concurrency cap is what holds jobs back.
    const scheduler = makeScheduler({ concurrency: 6, burst: 10 });
    const log: string[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) => deferredTask(log, `j${i}`));
    tasks.forEach(
      (t, i) => void scheduler.run({ key: `k${i}`, priority: 'visible', task: t.task }),
    );

    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveLength(6);

    tasks[0]!.resolve('done');
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveLength(7);
  });

  it('runs better priorities first, oldest first among equals', async () => {
    const scheduler = makeScheduler({ concurrency: 1 });
    const log: string[] = [];
    const blocker = deferredTask(log, 'blocker');
    void scheduler.run({ key: 'b', priority: 'card', task: blocker.task });
    await vi.advanceTimersByTimeAsync(0);

    const order: string[] = [];
    const add = (key: string, priority: 'card' | 'visible' | 'prefetch') =>
      scheduler.run({ key, priority, task: async () => order.push(key) });
    const done = [
      add('p1', 'prefetch'),
      add('v1', 'visible'),
      add('c1', 'card'),
      add('v2', 'visible'),
    ];

    blocker.resolve('x');
    await vi.runAllTimersAsync();
    await Promise.all(done);
    expect(order).toEqual(['c1', 'v1', 'v2', 'p1']);
  });

  it('merges identical jobs into one run', async () => {
    const scheduler = makeScheduler();
    const task = vi.fn(async () => 'value');
    const a = scheduler.run({ key: 'same', priority: 'visible', tabId: 1, task });
    const b = scheduler.run({ key: 'same', priority: 'card', tabId: 2, task });

    await vi.runAllTimersAsync();
    expect(await a).toBe('value');
    expect(await b).toBe('value');
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("cancels a tab's queued and running work, but not work another tab shares", async () => {
    const scheduler = makeScheduler({ concurrency: 1 });
    const log: string[] = [];
    const running = deferredTask(log, 'running');
    const first = scheduler.run({ key: 'r', priority: 'visible', tabId: 1, task: running.task });
    const queued = scheduler.run({ key: 'q', priority: 'visible', tabId: 1, task: async () => 1 });
    const shared = scheduler.run({ key: 's', priority: 'visible', tabId: 1, task: async () => 2 });
    scheduler.join('s', 2, 'visible');

    scheduler.cancelTab(1);
    await expect(first).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(queued).rejects.toMatchObject({ kind: 'cancelled' });

    await vi.runAllTimersAsync();
    expect(await shared).toBe(2);
  });

  it('pauses the whole queue for Retry-After on a 429', async () => {
    const scheduler = makeScheduler({ concurrency: 1 });
    const starts: [string, number][] = [];
    let calls = 0;
    const limited = scheduler.run({
      key: 'a',
      priority: 'card',
      task: async () => {
        starts.push(['a', Date.now()]);
        if (calls++ === 0) throw rateLimited(2000);
        return 'a';
      },
    });
    const other = scheduler.run({
      key: 'b',
      priority: 'visible',
      task: async () => starts.push(['b', Date.now()]),
    });

    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(1999);
    expect(starts.map(([k]) => k)).toEqual(['a']);

    await vi.advanceTimersByTimeAsync(1);
    await Promise.all([limited, other]);
    expect(starts.map(([k, t]) => [k, t - t0])).toEqual([
      ['a', 0],
      ['a', 2000],
      ['b', 2000],
    ]);
  });

  it('backs off exponentially on a 429 without Retry-After', async () => {
    const scheduler = makeScheduler({ baseMs: 500 });
    const times: number[] = [];
    const job = scheduler.run({
      key: 'a',
      priority: 'card',
      task: async () => {
        times.push(Date.now());
        if (times.length < 3) throw rateLimited(null);
        return 'ok';
      },
    });

    await vi.runAllTimersAsync();
    expect(await job).toBe('ok');
    // random() = 0 gives half the ceiling: 250 ms, then 500 ms.
    expect([times[1]! - times[0]!, times[2]! - times[1]!]).toEqual([250, 500]);
  });

  it('ends a 429 storm with every job done', async () => {
    const scheduler = makeScheduler();
    let remaining429 = 40;
    const task = async () => {
      if (remaining429-- > 0) throw rateLimited(null);
      return 'ok';
    };
    const jobs = Array.from({ length: 25 }, (_, i) =>
      scheduler.run({ key: `k${i}`, priority: 'visible', task }),
    );

    await vi.runAllTimersAsync();
    expect(await Promise.all(jobs)).toEqual(Array(25).fill('ok'));
    expect(scheduler.stats()).toMatchObject({ queued: 0, running: 0 });
  });

  it('retries 5xx a bounded number of times, then fails', async () => {
    const scheduler = makeScheduler({ maxRetries: 3 });
    const task = vi.fn(async () => {
      throw new TmdbHttpError('server', '503', 503, null);
    });
    const job = scheduler.run({ key: 'a', priority: 'card', task });
    job.catch(() => undefined);

    await vi.runAllTimersAsync();
    await expect(job).rejects.toMatchObject({ kind: 'server' });
    expect(task).toHaveBeenCalledTimes(4);
  });

  it('gets every job through a one-second stretch of 503s and network failures', async () => {
    const scheduler = makeScheduler();
    const t0 = Date.now();
    let calls = 0;
    const task = async () => {
      calls += 1;
      if (Date.now() - t0 < 1000) {
        throw calls % 2
          ? new TmdbHttpError('server', '503', 503, null)
          : new ReelcardError('offline', 'down');
      }
      return 'ok';
    };
    const jobs = Array.from({ length: 10 }, (_, i) =>
      scheduler.run({ key: `k${i}`, priority: 'visible', task }),
    );

    await vi.runAllTimersAsync();
    expect(await Promise.all(jobs)).toEqual(Array(10).fill('ok'));
  });

  it('settles every job when 503s never stop', async () => {
    const scheduler = makeScheduler();
    const task = async () => {
      throw new TmdbHttpError('server', '503', 503, null);
    };
    const jobs = Array.from({ length: 10 }, (_, i) =>
      scheduler.run({ key: `k${i}`, priority: 'visible', task }),
    );

    await vi.runAllTimersAsync();
    const outcomes = await Promise.allSettled(jobs);
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(scheduler.stats()).toMatchObject({ queued: 0, running: 0 });
  });

  it('never retries other 4xx answers', async () => {
    const scheduler = makeScheduler();
    const task = vi.fn(async () => {
      throw new TmdbHttpError('not-found', '404', 404, null);
    });
    const job = scheduler.run({ key: 'a', priority: 'card', task });
    job.catch(() => undefined);

    await vi.runAllTimersAsync();
    await expect(job).rejects.toMatchObject({ kind: 'not-found' });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('times an attempt out and aborts its signal', async () => {
    const scheduler = makeScheduler({ timeoutMs: 10_000 });
    const log: string[] = [];
    const hanging = deferredTask(log, 'hang');
    const job = scheduler.run({ key: 'a', priority: 'card', task: hanging.task });
    job.catch(() => undefined);

    await vi.advanceTimersByTimeAsync(9_999);
    expect(scheduler.stats().running).toBe(1);

    await vi.advanceTimersByTimeAsync(1);
    await expect(job).rejects.toMatchObject({ kind: 'timeout' });
    expect(log).toEqual(['hang']);
  });
});

describe('cancelWorkOfClosedTabs', () => {
  it('cancels on navigation and close, and stops listening on abort', () => {
    const scheduler = { cancelTab: vi.fn() };
    const lifetime = new AbortController();
    cancelWorkOfClosedTabs(scheduler, lifetime.signal);

    browser.tabs.onUpdated.emit(1, { url: 'https://example.com/next' });
    browser.tabs.onUpdated.emit(2, { status: 'loading' });
    browser.tabs.onUpdated.emit(3, { status: 'complete' });
    browser.tabs.onRemoved.emit(4, {});
    expect(scheduler.cancelTab.mock.calls).toEqual([[1], [2], [4]]);

    lifetime.abort();
    browser.tabs.onRemoved.emit(5, {});
    expect(scheduler.cancelTab).toHaveBeenCalledTimes(3);
  });
});
