/**
 * The time-sliced queue: jobs in order, a slice ends once its budget is
 * spent, the page gets the thread back between slices, a failing job does
 * not stop the rest, and nothing runs after abort. The clock is fake.
 */
import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue } from '../../../utils/detect/work-queue';

vi.mock('../../../utils/logger', () => ({ reportError: vi.fn(), log: vi.fn() }));

/** A queue whose clock moves 1 ms per reading and whose yields wait for `next()`. */
function setup(budgetMs = 3) {
  const controller = new AbortController();
  const later: (() => void)[] = [];
  let clock = 0;
  const queue = createWorkQueue(controller.signal, {
    budgetMs,
    now: () => (clock += 1),
    yieldTo: (next) => later.push(next),
  });
  const next = () => later.shift()?.();
  return { queue, controller, later, next };
}

describe('createWorkQueue', () => {
  it('runs the first slice at once and the rest after yielding', () => {
    const { queue, later, next } = setup();
    const ran: number[] = [];
    queue.add([1, 2, 3, 4, 5, 6].map((n) => () => ran.push(n)));

    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThan(6);
    expect(later).toHaveLength(1);

    while (later.length > 0) next();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6]);
    expect(queue.size).toBe(0);
  });

  it('keeps order when jobs are added while a slice waits', () => {
    const { queue, later, next } = setup(1);
    const ran: string[] = [];
    queue.add([() => ran.push('a'), () => ran.push('b')]);
    queue.add([() => ran.push('c')]);

    expect(later).toHaveLength(1); // no second slice started alongside the waiting one
    while (later.length > 0) next();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('goes on after a job throws', () => {
    const { queue, later, next } = setup(100);
    const ran: string[] = [];
    queue.add([
      () => {
        throw new Error('hostile page');
      },
      () => ran.push('after'),
    ]);
    while (later.length > 0) next();
    expect(ran).toEqual(['after']);
  });

  it('runs nothing more after abort', () => {
    const { queue, controller, later, next } = setup(1);
    const ran: number[] = [];
    queue.add([1, 2, 3].map((n) => () => ran.push(n)));
    const before = ran.length;
    controller.abort();
    while (later.length > 0) next();
    queue.add([() => ran.push(9)]);

    expect(ran).toHaveLength(before);
  });
});
