import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { whyNotLive, type PageState } from "../../../src/publish/present/liveness";

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
