/**
 * Every API request the stand-in saw, for tests to assert on: what was asked,
 * with which credentials, what was answered, and when. It also answers
 * "how fast did the client go?" for rate-limit tests.
 */
import type { AuthStyle } from './credentials';

export interface LogEntry {
  method: string;
  /** The path, e.g. "/3/search/movie". */
  path: string;
  query: Record<string, string>;
  /** The decoded path and query, what faults and `count` match against. */
  url: string;
  auth: AuthStyle | null;
  /** The HTTP status answered; 0 when the connection was dropped. */
  status: number;
  /** Milliseconds since the epoch when the request arrived. */
  at: number;
}

export class RequestLog extends Array<LogEntry> {
  // Array methods such as filter() build new instances through this constructor.
  static get [Symbol.species]() {
    return Array;
  }

  /** How many requests match: a RegExp tested against, or a string found in, `url`. */
  count(pattern: RegExp | string = /.*/): number {
    return this.matching(pattern).length;
  }

  matching(pattern: RegExp | string): LogEntry[] {
    return this.filter((e) =>
      typeof pattern === 'string' ? e.url.includes(pattern) : pattern.test(e.url),
    );
  }

  clear(): void {
    this.length = 0;
  }

  /** Requests per whole wall-clock second, keyed by the second's start (ms). */
  perSecond(): Map<number, number> {
    const buckets = new Map<number, number>();
    for (const { at } of this) {
      const second = Math.floor(at / 1000) * 1000;
      buckets.set(second, (buckets.get(second) ?? 0) + 1);
    }
    return buckets;
  }

  /**
   * The most requests seen in any sliding window of `windowMs` (1 s by default).
   * Stricter than perSecond(): a burst across a second boundary counts whole.
   */
  maxInWindow(windowMs = 1000): number {
    const times = this.map((e) => e.at).sort((a, b) => a - b);
    let most = 0;
    let start = 0;
    for (let end = 0; end < times.length; end += 1) {
      while (times[end]! - times[start]! >= windowMs) start += 1;
      most = Math.max(most, end - start + 1);
    }
    return most;
  }
}
