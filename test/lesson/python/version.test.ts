import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { pythonVersionFacts } from "../../../src/lesson/python/version";

describe("pythonVersionFacts", () => {
  it("reads the release, the 3.10 switch rule and a free-threaded build", () => {
    assert.deepEqual(pythonVersionFacts("3.9.18 (main, May  9 2026, 07:33:49) \n[GCC 12.2.0]"), {
      release: "3.9.18",
      major: 3,
      minor: 9,
      freeThreaded: false,
      switchesOnlyAtCallsAndJumps: false,
    });
    assert.equal(pythonVersionFacts("3.10.13 (main) [GCC]").switchesOnlyAtCallsAndJumps, true);
    const ft = pythonVersionFacts("3.13.0 experimental free-threading build (main, Oct  8 2024) [GCC 12.2.0]");
    assert.equal(ft.release, "3.13.0");
    assert.equal(ft.freeThreaded, true);
    assert.equal(pythonVersionFacts("3.14.0rc1 (main)").release, "3.14.0rc1");
    assert.throws(() => pythonVersionFacts("fake stuff"), /not a Python sys.version: "fake stuff"/);
  });
});
