/**
 * Backoff after transient failures: doubling from about two seconds,
 * capped at a minute, with jitter, and a bounded number of timed retries.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  MAX_RETRIES,
  mayRetry,
  RETRY_BASE_MS,
  RETRY_MAX_MS,
  retryDelay,
} from '../../../entrypoints/content/retry';
import { isTransient } from '../../../components/shared/errors';

vi.mock('../../../utils/browser', () => import('../components/helpers/fake-browser'));
vi.mock('../../../utils/native-browser', () => import('../components/helpers/fake-browser'));

const middle = () => 0.5; // no jitter

describe('retryDelay', () => {
  it('doubles each attempt and caps at the maximum', () => {
    const delays = [0, 1, 2, 3, 10].map((attempt) => retryDelay(attempt, middle));

    expect(delays).toEqual([RETRY_BASE_MS, 4000, 8000, 16000, RETRY_MAX_MS]);
  });

  it('spreads retries by ±25%', () => {
    expect(retryDelay(0, () => 0)).toBe(RETRY_BASE_MS * 0.75);
    expect(retryDelay(0, () => 1)).toBe(RETRY_BASE_MS * 1.25);
  });

  it('stops timed retries after the limit', () => {
    expect(mayRetry(MAX_RETRIES - 1)).toBe(true);
    expect(mayRetry(MAX_RETRIES)).toBe(false);
  });
});

describe('which failures retry by themselves', () => {
  it('retries rate limits, offline, timeouts and server trouble only', () => {
    const retried = [
      'rate-limited',
      'offline',
      'timeout',
      'server',
      'no-key',
      'invalid-key',
      'internal',
    ].filter((kind) => isTransient(kind as never));

    expect(retried).toEqual(['rate-limited', 'offline', 'timeout', 'server']);
  });
});
