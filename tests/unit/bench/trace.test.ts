import { describe, expect, it } from 'vitest';
import { busiestRendererThread, longestTask, tasksOf, type TraceEvent } from '../../bench/trace';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (ts: number, dur: number, name = 'RunTask'): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur,
});

describe('long tasks from a trace', () => {
  it('picks the busiest renderer main thread', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 2, 'CrRendererMain'),
      thread(3, 3, 'CrBrowserMain'),
      task(0, 10_000),
      { ...task(0, 90_000), pid: 2, tid: 2 },
      { ...task(0, 900_000), pid: 3, tid: 3 },
    ];
    expect(busiestRendererThread(events)).toBe('2:2');
  });

  it('counts a task wrapping another once, and marks tasks that ran extension script', () => {
    const events: TraceEvent[] = [
      thread(1, 1, 'CrRendererMain'),
      task(0, 80_000),
      task(10, 79_000, 'ThreadControllerImpl::RunTask'),
      {
        name: 'FunctionCall',
        ph: 'X',
        pid: 1,
        tid: 1,
        ts: 500,
        dur: 60_000,
        args: { data: { url: EXT } },
      },
      task(100_000, 120_000),
      {
        name: 'FunctionCall',
        ph: 'X',
        pid: 1,
        tid: 1,
        ts: 100_500,
        dur: 5,
        args: { data: { url: 'https://www.netflix.com/' } },
      },
    ];
    const tasks = tasksOf(events, '1:1');
    expect(tasks.map((t) => [t.duration, t.extension])).toEqual([
      [80, true],
      [120, false],
    ]);
    expect(longestTask(tasks)).toBe(120);
    expect(longestTask(tasks, true)).toBe(80);
  });

  it('marks a task by the sampling profiler when the trace names no script', () => {
    const profileNodes = [
      { id: 1, callFrame: {} },
      { id: 2, parent: 1, callFrame: { url: EXT } },
      { id: 3, parent: 2, callFrame: { url: '' } },
    ];
    const events: TraceEvent[] = [
      thread(1, 1, 'CrRendererMain'),
      task(1_000, 70_000),
      task(200_000, 70_000),
      {
        name: 'Profile',
        ph: 'P',
        pid: 1,
        tid: 1,
        ts: 0,
        id: '0x1',
        args: { data: { startTime: 0 } },
      },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: 1,
        tid: 9,
        ts: 0,
        id: '0x1',
        args: {
          data: { cpuProfile: { nodes: profileNodes, samples: [1, 3] }, timeDeltas: [500, 1_000] },
        },
      },
    ];
    expect(tasksOf(events, '1:1').map((t) => t.extension)).toEqual([true, false]);
  });
});
