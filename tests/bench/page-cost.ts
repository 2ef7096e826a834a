/**
 * Page cost: loads the stress page and scrolls it to the bottom in bounded
 * steps, with CDP metrics and a trace around the whole visit. Run once in a
 * browser with the extension and once without; the difference is ours.
 */
import type { Page } from 'playwright-core';
import { difference, enableMetrics, takeSnapshot, type MetricsDelta } from './metrics';
import { badgeStates, scrollStep } from './probes';
import {
  busiestRendererThread,
  longestOf,
  longestTask,
  startTrace,
  stopTrace,
  tasksOf,
} from './trace';

export interface PageCost {
  /** From navigation start to the end of the scroll and its settling. */
  total: MetricsDelta;
  /** Heap growth from the loaded page to the scrolled page, after GC. */
  scrollHeapBytes: number;
  longestTaskMs: number;
  /** Longest task that ran extension code (0 without the extension). */
  longestExtensionTaskMs: number;
  /** Style and layout inside that task (the rest is mostly script). */
  longestExtensionLayoutMs: number;
  /** Tasks over 50 ms that ran extension code. */
  extensionLongTasks: number;
  scrollSteps: number;
  /** Badge states at the end, to tell an idle extension from a working one. */
  badges: Record<string, number>;
}

export interface ScrollPlan {
  /** Fraction of the viewport height per step (below 1 so no tile is skipped). */
  stepShare: number;
  /** Pause after each step: a quick reader's pace, and time for lookups to start. */
  pauseMs: number;
  maxSteps: number;
}

export const DEFAULT_SCROLL: ScrollPlan = { stepShare: 0.9, pauseMs: 120, maxSteps: 150 };

/**
 * Waits until `activity` (the stand-in's request count) has not changed for
 * `quietMs`, or `limitMs` passed: the extension has stopped asking. Badges far
 * down stay "loading" for good (they are never asked), so badge states cannot
 * tell when the page is done.
 */
export async function settle(
  page: Page,
  activity: () => number,
  quietMs = 800,
  limitMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  let last = activity();
  let quietSince = Date.now();

  while (Date.now() < deadline && Date.now() - quietSince < quietMs) {
    await page.waitForTimeout(100);
    if (activity() !== last) {
      last = activity();
      quietSince = Date.now();
    }
  }
}

/** Scrolls to the bottom; returns the number of steps taken. */
export async function scrollToBottom(page: Page, plan: ScrollPlan): Promise<number> {
  const step = Math.round(plan.stepShare * (page.viewportSize()?.height ?? 720));
  for (let taken = 1; taken <= plan.maxSteps; taken += 1) {
    const atBottom = await page.evaluate(scrollStep, step);
    await page.waitForTimeout(plan.pauseMs);
    if (atBottom) return taken;
  }
  return plan.maxSteps;
}

/**
 * Measures one visit. `warmUpUrl` must be on the stress page's origin, so the
 * renderer process (and so the cumulative metrics) is the same before and
 * after navigating to `url`.
 */
export async function measurePageCost(
  page: Page,
  urls: { warmUp: string; stress: string },
  activity: () => number,
  plan: ScrollPlan = DEFAULT_SCROLL,
): Promise<PageCost> {
  await page.goto(urls.warmUp);
  const session = await page.context().newCDPSession(page);
  await enableMetrics(session);
  await startTrace(session);
  const before = await takeSnapshot(session);

  await page.goto(urls.stress, { waitUntil: 'load' });
  await settle(page, activity);
  const loaded = await takeSnapshot(session);

  const scrollSteps = await scrollToBottom(page, plan);
  await settle(page, activity);
  const after = await takeSnapshot(session);
  const events = await stopTrace(session);
  const badges = await page.evaluate(badgeStates);
  await session.detach();

  const thread = busiestRendererThread(events);
  const tasks = thread ? tasksOf(events, thread) : [];
  return {
    total: difference(before, after),
    scrollHeapBytes: after.heapUsed - loaded.heapUsed,
    longestTaskMs: longestTask(tasks),
    longestExtensionTaskMs: longestTask(tasks, true),
    longestExtensionLayoutMs: longestOf(tasks, true)?.layoutMs ?? 0,
    extensionLongTasks: tasks.filter((task) => task.extension && task.duration > 50).length,
    scrollSteps,
    badges,
  };
}
