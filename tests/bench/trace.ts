/**
 * Records a Chromium trace of one page through CDP and finds its long tasks,
 * telling which of them ran extension code.
 *
 * A long-task observer in the page cannot say whose code ran (it reports only
 * "self"), so the trace is read instead. A task counts as the extension's when
 * it holds an event naming a `chrome-extension://` script (script evaluation,
 * timer and observer callbacks are traced as `FunctionCall` with the script's
 * URL) or when the V8 sampling profiler caught extension code inside it: the
 * sampler is what catches promise continuations, such as the work that follows
 * a reply from the background, which the trace records with no URL at all.
 */
import type { CDPSession } from 'playwright-core';
import { extensionSampleTimes } from './trace-profile';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** One main-thread task, in milliseconds. */
export interface Task {
  start: number;
  duration: number;
  /** Whether extension code ran inside it. */
  extension: boolean;
  /** Style recalculation and layout inside it, in milliseconds. */
  layoutMs: number;
}

/** Rendering work that a task may force by changing the DOM and then reading geometry. */
const LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'Layout']);

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** Names of a top-level task; Chromium versions differ, and both may wrap the same task. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function isTask(event: TraceEvent): boolean {
  return TASK_NAMES.has(event.name) && event.ph === 'X' && event.dur !== undefined;
}

/** Tasks in start order, leaving out any that sits inside the previous one. */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of [...tasks].sort((a, b) => a.ts - b.ts)) {
    if (task.ts < end) continue;
    kept.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return kept;
}

/** Starts tracing the page the session is attached to. */
export async function startTrace(session: CDPSession): Promise<void> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
}

/** Stops tracing and returns every recorded event. */
export async function stopTrace(session: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    session.once('Tracing.tracingComplete', resolve),
  );
  await session.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Chromium returned the trace without a stream');

  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });

  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const threadKey = (event: { pid: number; tid: number }) => `${event.pid}:${event.tid}`;

/**
 * The renderer main thread that did the most work: the stress page's (the
 * bench opens one page per browser, and extension pages stay closed).
 */
export function busiestRendererThread(events: TraceEvent[]): string | null {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(threadKey),
  );
  const busy = new Map<string, number>();
  for (const event of events) {
    if (!isTask(event) || !mainThreads.has(threadKey(event))) continue;
    busy.set(threadKey(event), (busy.get(threadKey(event)) ?? 0) + (event.dur ?? 0));
  }
  const ranked = [...busy].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

const EXTENSION_URL = /^chrome-extension:\/\//;

/** Whether a trace event names an extension script (evaluation, compile, callback). */
function namesExtensionScript(event: TraceEvent): boolean {
  const data = event.args?.data;
  if (!data) return false;
  const url = data.url ?? data.scriptName;
  if (typeof url === 'string' && EXTENSION_URL.test(url)) return true;
  const stack = data.stackTrace as { url?: string }[] | undefined;
  return Array.isArray(stack) && stack.some((frame) => EXTENSION_URL.test(frame.url ?? ''));
}

/** Every top-level task on `thread`, marked when extension code ran in it. */
export function tasksOf(events: TraceEvent[], thread: string): Task[] {
  const onThread = events.filter((e) => threadKey(e) === thread);
  const marks = onThread.filter((e) => e.ph === 'X' && namesExtensionScript(e)).map((e) => e.ts);
  marks.push(...extensionSampleTimes(events, thread));
  marks.sort((a, b) => a - b);
  const layouts = onThread.filter((e) => e.ph === 'X' && LAYOUT_EVENTS.has(e.name));

  return outermost(onThread.filter(isTask)).map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const layoutUs = layouts
      .filter((e) => e.ts >= task.ts && e.ts < end)
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    return {
      start: task.ts / 1000,
      duration: (task.dur ?? 0) / 1000,
      extension: hasMarkBetween(marks, task.ts, end),
      layoutMs: layoutUs / 1000,
    };
  });
}

/** Binary search: is there a mark in [from, to]? */
function hasMarkBetween(sorted: number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && (sorted[low] ?? Infinity) <= to;
}

/** The longest task, optionally only among the extension's; null when there is none. */
export function longestOf(tasks: Task[], onlyExtension = false): Task | null {
  return tasks
    .filter((task) => !onlyExtension || task.extension)
    .reduce<Task | null>(
      (longest, task) => (task.duration > (longest?.duration ?? -1) ? task : longest),
      null,
    );
}

/** The longest task's duration, optionally only among the extension's; 0 when there is none. */
export function longestTask(tasks: Task[], onlyExtension = false): number {
  return longestOf(tasks, onlyExtension)?.duration ?? 0;
}
