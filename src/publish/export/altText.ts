/**
 * Every chart's own description as its alt text, in the chart's language. A lesson chart carries
 * its description inside its PNG (src/lesson/show/charts/pngText.ts); the export reads it back
 * and hands it to the templates on the output's metadata, where they put it on <img alt>
 * instead of nbconvert's "No description has been provided for this image".
 */
import { DESCRIPTION, readText } from "../../lesson/show/charts/pngText";
import { text, type Notebook } from "./notebook";

/** Sets `metadata["image/png"].alt` on every PNG output of `nb` that describes itself. */
export function describeImages(nb: Notebook): void {
  for (const cell of nb.cells) {
    for (const output of cell.outputs ?? []) {
      const png = output.data?.["image/png"];
      if (png === undefined) continue;
      const alt = readText(Buffer.from(text(png as string | string[]), "base64"), DESCRIPTION);
      if (!alt) continue;
      output.metadata ??= {};
      const own = (output.metadata["image/png"] ?? {}) as Record<string, unknown>;
      output.metadata["image/png"] = { ...own, alt };
    }
  }
}
