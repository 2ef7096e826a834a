/**
 * Main-thread cost of a page from CDP's `Performance.getMetrics`.
 *
 * `TaskDuration` is all main-thread task time of the renderer, so it includes
 * content scripts (they run in the page's renderer, in another JS world);
 * `ScriptDuration` counts only the page's own world and so leaves content
 * scripts out. Both are cumulative: the bench takes a snapshot before and
 * after and reports the difference.
 */
import type { CDPSession } from 'playwright-core';

export interface MetricsSnapshot {
  /** Seconds of main-thread task time, cumulative. */
  taskDuration: number;
  /** Seconds of the page world's script time, cumulative. */
  scriptDuration: number;
  layoutDuration: number;
  recalcStyleDuration: number;
  /** Bytes of live JS heap (all worlds of the page share the isolate). */
  heapUsed: number;
  nodes: number;
}

export async function enableMetrics(session: CDPSession): Promise<void> {
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
}

/** Collects garbage first so heap figures compare live objects, not leftovers. */
export async function takeSnapshot(session: CDPSession): Promise<MetricsSnapshot> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;

  return {
    taskDuration: value('TaskDuration'),
    scriptDuration: value('ScriptDuration'),
    layoutDuration: value('LayoutDuration'),
    recalcStyleDuration: value('RecalcStyleDuration'),
    heapUsed: value('JSHeapUsedSize'),
    nodes: value('Nodes'),
  };
}

/** What happened between two snapshots, in milliseconds and bytes. */
export interface MetricsDelta {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  heapBytes: number;
}

export function difference(before: MetricsSnapshot, after: MetricsSnapshot): MetricsDelta {
  return {
    taskMs: (after.taskDuration - before.taskDuration) * 1000,
    scriptMs: (after.scriptDuration - before.scriptDuration) * 1000,
    layoutMs: (after.layoutDuration - before.layoutDuration) * 1000,
    styleMs: (after.recalcStyleDuration - before.recalcStyleDuration) * 1000,
    heapBytes: after.heapUsed - before.heapUsed,
  };
}
