// The per-address token bucket, on a clock the test moves: no sleeping.
import assert from "node:assert/strict";
import { test } from "node:test";
import { RateLimiter } from "../../../src/publish/http/rateLimit";
import { InputError } from "../../../src/lesson/core/validate";

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test("a burst, then one request per earned token, with how long to wait", () => {
  const time = clock();
  const limiter = new RateLimiter({ burst: 3, perSecond: 0.5, now: time.now });
  for (let i = 0; i < 3; i++) assert.deepEqual(limiter.take("a"), { allowed: true });
  assert.deepEqual(limiter.take("a"), { allowed: false, retryAfterSeconds: 2 });
  time.advance(1_000);
  assert.deepEqual(limiter.take("a"), { allowed: false, retryAfterSeconds: 1 });
  time.advance(1_000);
  assert.deepEqual(limiter.take("a"), { allowed: true });
  assert.equal(limiter.take("a").allowed, false);
});

test("each address has its own bucket", () => {
  const time = clock();
  const limiter = new RateLimiter({ burst: 1, perSecond: 1, now: time.now });
  assert.equal(limiter.take("a").allowed, true);
  assert.equal(limiter.take("a").allowed, false);
  assert.equal(limiter.take("b").allowed, true);
});

test("the table of addresses stays bounded: full buckets go first, then the oldest", () => {
  const time = clock();
  const limiter = new RateLimiter({ burst: 2, perSecond: 1, maxClients: 3, now: time.now });
  for (const client of ["a", "b", "c", "d", "e"]) limiter.take(client);
  assert.ok(limiter.size <= 3);
  time.advance(5_000);
  limiter.take("f");
  assert.ok(limiter.size <= 3);
  // An address dropped when full has lost nothing: it starts again with a full bucket.
  assert.equal(limiter.take("a").allowed, true);
});

test("bad options are refused in one line", () => {
  assert.throws(() => new RateLimiter({ burst: 0, perSecond: 1 }), InputError);
  assert.throws(() => new RateLimiter({ burst: 1, perSecond: 0 }), /perSecond must be a number above 0, got 0/);
  assert.throws(() => new RateLimiter({ burst: 1, perSecond: Number.NaN }), InputError);
});
