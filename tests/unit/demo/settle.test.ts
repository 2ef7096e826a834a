import { describe, expect, it } from 'vitest';
import { SettleTracker, type BadgeSnapshot } from '../../../scripts/demo/settle';

const LIMITS = { timeoutMs: 10_000, emptyAfterMs: 3_000, quietMs: 500 };

function snapshot(states: string[]): BadgeSnapshot {
  return {
    total: states.length,
    loading: states.filter((state) => state === 'loading').length,
    signature: states.join(','),
  };
}

describe('SettleTracker', () => {
  it('waits while badges are loading', () => {
    const tracker = new SettleTracker(0, LIMITS);

    expect(tracker.observe(snapshot(['loading', 'matched']), 0)).toBe('wait');
    expect(tracker.observe(snapshot(['loading', 'matched']), 2_000)).toBe('wait');
  });

  it('settles once nothing is loading and nothing changed for the quiet period', () => {
    const tracker = new SettleTracker(0, LIMITS);

    expect(tracker.observe(snapshot(['matched']), 100)).toBe('wait');
    expect(tracker.observe(snapshot(['matched']), 599)).toBe('wait');
    expect(tracker.observe(snapshot(['matched']), 600)).toBe('settled');
  });

  it('restarts the quiet period when a new badge appears', () => {
    const tracker = new SettleTracker(0, LIMITS);

    tracker.observe(snapshot(['matched']), 0);
    expect(tracker.observe(snapshot(['matched', 'unmatched']), 400)).toBe('wait');
    expect(tracker.observe(snapshot(['matched', 'unmatched']), 800)).toBe('wait');
    expect(tracker.observe(snapshot(['matched', 'unmatched']), 900)).toBe('settled');
  });

  it('calls a page empty when no badge shows up in time', () => {
    const tracker = new SettleTracker(0, LIMITS);

    expect(tracker.observe(snapshot([]), 2_999)).toBe('wait');
    expect(tracker.observe(snapshot([]), 3_000)).toBe('empty');
  });

  it('gives up at the timeout when a badge never finishes loading', () => {
    const tracker = new SettleTracker(0, LIMITS);

    expect(tracker.observe(snapshot(['loading']), 9_999)).toBe('wait');
    expect(tracker.observe(snapshot(['loading']), 10_000)).toBe('timeout');
  });
});
