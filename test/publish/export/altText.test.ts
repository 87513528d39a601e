import assert from "node:assert/strict";
import { test } from "node:test";
import { describeImages } from "../../../src/publish/export/altText";
import { withText, DESCRIPTION } from "../../../src/lesson/show/charts/pngText";
import { code, notebook, shown } from "../../helpers/notebooks";

// The smallest PNG: a signature, a 1×1 header and an end.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000049454e44ae426082",
  "hex",
);

test("a chart's own description becomes its alt text, in its language; an image without one gets none", () => {
  const described = withText(PNG, DESCRIPTION, "시행마다 사라진 갱신 (워커 5개).", "ko").toString("base64");
  const nb = notebook(
    code("chart", "await showChart(c)", [shown("image/png", described)]),
    code("plain", "showPng(p)", [shown("image/png", PNG.toString("base64"))]),
  );
  nb.cells[0]!.outputs![0]!.metadata = { "image/png": { width: 640 } };
  describeImages(nb);
  assert.deepEqual(nb.cells[0]!.outputs![0]!.metadata, { "image/png": { width: 640, alt: "시행마다 사라진 갱신 (워커 5개)." } });
  assert.deepEqual(nb.cells[1]!.outputs![0]!.metadata, {});
});
