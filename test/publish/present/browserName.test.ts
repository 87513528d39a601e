import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { browserName } from "../../../src/publish/present/browserName";

const CHROME_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

describe("browserName", () => {
  it("takes the product from a Chromium browser's brands, not the engine or the decoy", () => {
    const brands = [
      { brand: "Not_A Brand", version: "24" },
      { brand: "Chromium", version: "131" },
      { brand: "Google Chrome", version: "131" },
    ];
    assert.equal(browserName(CHROME_UA, brands), "Google Chrome 131");
    assert.equal(browserName(CHROME_UA, brands.slice(0, 2)), "Chromium 131");
  });

  it("reads the others from the user-agent string, as people name them", () => {
    assert.equal(browserName(CHROME_UA), "Chrome 131");
    assert.equal(browserName("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"), "Firefox 133");
    assert.equal(
      browserName(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      ),
      "Safari 18",
    );
    assert.equal(browserName(`${CHROME_UA} Edg/131.0.0.0`), "Edge 131");
    assert.equal(browserName("curl/8.0"), "this browser");
  });
});
