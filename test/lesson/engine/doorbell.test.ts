import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageChannel } from "node:worker_threads";
import { IDLE_SPIN_MS, newDoorbells, pool, spinForRequests } from "../../../src/lesson/engine/doorbell";

// spinForRequests runs on the thread that calls it, so here the main thread plays the
// worker and a timer (which cannot fire while it spins) is not used: what it must see is
// already on the port, or the park word is already set.

test("a request posted and rung is taken off the port and handled without the event loop", () => {
  const bells = newDoorbells(2);
  const { port1, port2 } = new MessageChannel();
  try {
    const handled: unknown[] = [];
    port1.postMessage({ trial: 7 });
    pool.ring(bells, 1);
    spinForRequests(bells, 1, port2, (request) => {
      handled.push(request);
      pool.park(bells, 1); // the next trial leaves this worker out: it stops spinning
    });
    assert.deepEqual(handled, [{ trial: 7 }]);
  } finally {
    port1.close();
  }
});

test("a parked worker stops spinning at once and handles nothing", () => {
  const bells = newDoorbells(1);
  const { port1, port2 } = new MessageChannel();
  try {
    pool.park(bells, 0);
    port1.postMessage("a request that must wait for the event loop");
    let handled = 0;
    spinForRequests(bells, 0, port2, () => handled++);
    assert.equal(handled, 0, "a parked worker takes nothing off its port");
  } finally {
    port1.close();
  }
});

test("ringing a worker unparks it; each worker's words are its own", () => {
  const bells = newDoorbells(3);
  pool.park(bells, 0);
  pool.park(bells, 2);
  const { port1, port2 } = new MessageChannel();
  try {
    port1.postMessage("for worker 0");
    pool.ring(bells, 0);
    // Worker 2 is still parked: it returns without taking worker 0's request.
    let handled = 0;
    spinForRequests(bells, 2, port2, () => handled++);
    assert.equal(handled, 0);
    // Worker 0 was rung before it began to spin (as when it is descheduled right after its
    // reply): the port is looked at anyway, and the request is not left for the event loop.
    const taken: unknown[] = [];
    spinForRequests(bells, 0, port2, (request) => {
      taken.push(request);
      pool.park(bells, 0);
    });
    assert.deepEqual(taken, ["for worker 0"]);
  } finally {
    port1.close();
  }
});

test("with no request and no park, the spin ends after the idle time and the worker sleeps as before", () => {
  const bells = newDoorbells(1);
  const { port1, port2 } = new MessageChannel();
  try {
    const started = performance.now();
    spinForRequests(bells, 0, port2, () => assert.fail("nothing was posted"));
    assert.ok(performance.now() - started >= IDLE_SPIN_MS, "it spun for the idle time before giving up");
  } finally {
    port1.close();
  }
});
