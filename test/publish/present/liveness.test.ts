import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isolationStep, whyNotLive, type IsolationState, type PageState } from "../../../src/publish/present/liveness";

const SERVED: PageState = {
  protocol: "http:",
  isSecureContext: true,
  crossOriginIsolated: true,
  hasSharedMemory: true,
};

describe("whyNotLive", () => {
  it("a page served isolated on localhost can run the race", () => {
    assert.equal(whyNotLive(SERVED), null);
  });

  it("names why not: opened from disk, plain HTTP from another machine, or served without the isolation headers", () => {
    const file = { protocol: "file:", isSecureContext: true, crossOriginIsolated: false, hasSharedMemory: false };
    assert.equal(whyNotLive(file), "fromFile");
    assert.equal(whyNotLive({ ...SERVED, isSecureContext: false, crossOriginIsolated: false }), "notSecure");
    assert.equal(whyNotLive({ ...SERVED, crossOriginIsolated: false }), "notIsolated");
  });

  it("an isolated page without SharedArrayBuffer (a browser that withholds it) is not live either", () => {
    assert.equal(whyNotLive({ ...SERVED, hasSharedMemory: false }), "notIsolated");
  });
});

describe("isolationStep: what a page with a live race does about isolation", () => {
  const STATIC: IsolationState = {
    protocol: "https:",
    isSecureContext: true,
    crossOriginIsolated: false,
    hasSharedMemory: false,
    hasServiceWorker: true,
    reloadedOnce: false,
  };

  it("an isolated page runs live, whatever its tab remembers", () => {
    assert.deepEqual(isolationStep({ ...STATIC, ...SERVED, reloadedOnce: true }), { kind: "live" });
  });

  it("a secure page without the headers registers the worker and reloads, once", () => {
    assert.deepEqual(isolationStep(STATIC), { kind: "register" });
    assert.deepEqual(isolationStep({ ...STATIC, reloadedOnce: true }), { kind: "notLive", why: "stillNotIsolated" });
  });

  it("never tries where a worker cannot run or the reload could not be remembered", () => {
    const no = (why: string) => ({ kind: "notLive", why });
    assert.deepEqual(isolationStep({ ...STATIC, hasServiceWorker: false }), no("noServiceWorker"));
    assert.deepEqual(isolationStep({ ...STATIC, reloadedOnce: null }), no("noServiceWorker"));
    assert.deepEqual(isolationStep({ ...STATIC, protocol: "file:", isSecureContext: true }), no("fromFile"));
    assert.deepEqual(isolationStep({ ...STATIC, protocol: "http:", isSecureContext: false }), no("notSecure"));
  });
});
