/**
 * Faults tests switch on per request pattern: bad keys, rate limits, server
 * errors, slowness, broken JSON and dropped connections. A fault applies to
 * the requests whose decoded URL (path and query) it matches, `times` times
 * or until cleared; the oldest matching fault wins.
 */

export type FaultKind =
  | 'invalid-key'
  | 'suspended-key'
  | 'rate-limit'
  | 'server-error'
  | 'unavailable'
  | 'slow'
  | 'malformed-json'
  | 'drop';

export interface FaultSpec {
  /** A RegExp tested against, or a string found in, the decoded "/3/path?query". */
  match: RegExp | string;
  kind: FaultKind;
  /** How many matching requests it applies to; forever when left out. */
  times?: number;
  /** rate-limit: the Retry-After header in seconds; no header when left out (CloudFront often sends none). */
  retryAfter?: number;
  /** slow: how long to wait before answering normally. */
  delayMs?: number;
  /** unavailable: TMDB status code 9 (offline, default) or 46 (maintenance). */
  statusCode?: 9 | 46;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** The fault registry of one stand-in. */
export class Faults {
  private active: ActiveFault[] = [];

  /** Adds a fault; returns a function that removes it. */
  add(spec: FaultSpec): () => void {
    const fault: ActiveFault = { ...spec, remaining: spec.times ?? Infinity };
    this.active.push(fault);
    return () => this.remove(fault);
  }

  clear(): void {
    this.active = [];
  }

  /** The fault that applies to this request, counting it as used. */
  take(url: string): FaultSpec | undefined {
    const fault = this.active.find((f) =>
      typeof f.match === 'string' ? url.includes(f.match) : f.match.test(url),
    );
    if (!fault) return undefined;

    fault.remaining -= 1;
    if (fault.remaining <= 0) this.remove(fault);
    return fault;
  }

  private remove(fault: ActiveFault): void {
    this.active = this.active.filter((f) => f !== fault);
  }
}
