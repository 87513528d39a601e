/**
 * A token bucket per client address: each address may make `burst` requests at once, and
 * earns one more every `1 / perSecond` seconds up to `burst` again. A student who joins makes
 * two requests (the parameters, the result) and may run again a few times; a loop that
 * hammers the class endpoints is answered 429 with how long to wait, and costs the server
 * almost nothing.
 *
 * The table of buckets is bounded: a bucket that has filled up again is the same as no
 * bucket, so those are dropped first when the table is full, and then the oldest.
 */
import { InputError, checkInteger } from "../../lesson/core/validate";

export interface RateLimitOptions {
  /** Requests an address may make at once. */
  burst: number;
  /** Requests an address earns back per second. */
  perSecond: number;
  /** Addresses remembered at most. */
  maxClients?: number;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** The class session's limit: 10 requests at once, then one every 2 s. */
export const CLASS_RATE_LIMIT = { burst: 10, perSecond: 0.5 } as const;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions) {
    this.burst = checkInteger("burst", options.burst, 1, 1_000_000);
    if (!(options.perSecond > 0 && Number.isFinite(options.perSecond))) {
      throw new InputError(`perSecond must be a number above 0, got ${String(options.perSecond)}`);
    }
    this.perMs = options.perSecond / 1_000;
    this.maxClients = checkInteger("maxClients", options.maxClients ?? 10_000, 1, 10_000_000);
    this.now = options.now ?? (() => performance.now());
  }

  /** Spends one of `client`'s tokens, or says how many seconds until it has one. */
  take(client: string): Verdict {
    const now = this.now();
    const bucket = this.refilled(client, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1_000)) };
  }

  /** Addresses with a bucket that is not full (for tests and the terminal). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(client: string, now: number): Bucket {
    let bucket = this.buckets.get(client);
    if (bucket) {
      bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
      // Most recently used last, so the oldest is first when the table is full.
      this.buckets.delete(client);
    } else {
      if (this.buckets.size >= this.maxClients) this.evict(now);
      bucket = { tokens: this.burst, at: now };
    }
    this.buckets.set(client, bucket);
    return bucket;
  }

  private evict(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.buckets.delete(client);
    }
    while (this.buckets.size >= this.maxClients) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
  }
}
