import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageChannel } from "node:worker_threads";
import { IDLE_SPIN_MS, awaitRing, newDoorbells, oneMore, pool } from "../../../src/lesson/engine/doorbell";
import { RungRequests } from "../../../src/lesson/engine/portDoorbell";

// A spin runs on the thread that calls it, so here the main thread plays the worker and a
// timer (which cannot fire while it spins) is not used: what it must see is already rung,
// posted, or parked before it begins.

test("the bell: rung for a request not yet taken, parked, or idle after IDLE_SPIN_MS", () => {
  const bells = newDoorbells(2);
  pool.ring(bells, 1);
  assert.equal(awaitRing(bells, 1, 0), "rung", "one request posted, none taken");
  assert.equal(awaitRing(bells, 0, 0), "idle", "worker 0's bell did not ring: its words are its own");
  pool.park(bells, 1);
  assert.equal(awaitRing(bells, 1, oneMore(0)), "parked", "a parked worker stops at once");
  pool.ring(bells, 1);
  assert.equal(awaitRing(bells, 1, oneMore(0)), "rung", "a ring unparks the worker");
  const started = performance.now();
  assert.equal(awaitRing(bells, 1, oneMore(oneMore(0))), "idle", "both requests taken: nothing waits");
  assert.ok(performance.now() - started >= IDLE_SPIN_MS, "it spun for the idle time before giving up");
});

test("a ring that came before the spin began is heard: requests are counted, not watched for", () => {
  const bells = newDoorbells(1);
  // The pool posted and rang twice while the worker was still busy with neither.
  pool.ring(bells, 0);
  pool.ring(bells, 0);
  assert.equal(awaitRing(bells, 0, 0), "rung");
  assert.equal(awaitRing(bells, 0, oneMore(0)), "rung");
});

test("the count wraps as the ring word does", () => {
  assert.equal(oneMore(2 ** 31 - 1), -(2 ** 31));
  const bells = newDoorbells(1);
  for (let i = 0; i < 3; i++) pool.ring(bells, 0);
  let taken = 0;
  for (let i = 0; i < 3; i++) taken = oneMore(taken);
  assert.equal(awaitRing(bells, 0, taken), "idle");
});

test("Node's worker takes each rung request off its port, without the event loop, until parked", () => {
  const bells = newDoorbells(2);
  const { port1, port2 } = new MessageChannel();
  try {
    const handled: unknown[] = [];
    const requests = new RungRequests<unknown>(bells, 1, port2, (request) => {
      handled.push(request);
      if (handled.length === 2) pool.park(bells, 1); // the next trial leaves this worker out
    });
    for (const trial of [7, 8]) {
      port1.postMessage({ trial });
      pool.ring(bells, 1);
    }
    requests.spin();
    assert.deepEqual(handled, [{ trial: 7 }, { trial: 8 }]);
  } finally {
    port1.close();
  }
});

test("a request the event loop delivered counts as taken: its ring does not take another off the port", () => {
  const bells = newDoorbells(1);
  const { port1, port2 } = new MessageChannel();
  try {
    const handled: unknown[] = [];
    const requests = new RungRequests<unknown>(bells, 0, port2, (request) => handled.push(request));
    pool.ring(bells, 0);
    requests.take("delivered by the event loop");
    port1.postMessage("a message for later, never rung");
    requests.spin();
    assert.deepEqual(handled, ["delivered by the event loop"], "the unrung message is left for the event loop");
  } finally {
    port1.close();
  }
});

test("a parked worker stops spinning at once and takes nothing off its port", () => {
  const bells = newDoorbells(1);
  const { port1, port2 } = new MessageChannel();
  try {
    pool.park(bells, 0);
    port1.postMessage("a request that must wait for the event loop");
    let handled = 0;
    new RungRequests<unknown>(bells, 0, port2, () => handled++).spin();
    assert.equal(handled, 0);
  } finally {
    port1.close();
  }
});

test("a pool whose gaps between trials run longer gives its workers a longer spin", () => {
  const bells = newDoorbells(1);
  const started = performance.now();
  assert.equal(awaitRing(bells, 0, 0, 2 * IDLE_SPIN_MS), "idle");
  assert.ok(performance.now() - started >= 2 * IDLE_SPIN_MS, "it spun for the idle time it was given");
});
