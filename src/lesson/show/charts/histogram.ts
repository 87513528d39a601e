/** The histogram of updates lost per trial, drawn: its configuration is histogramConfig.ts's. */
import type { RenderOptions } from "./chartConfig";
import { lostHistogramConfig, type LostHistogramData } from "./histogramConfig";
import { render } from "./render";

export { lostHistogramConfig, type LostHistogramData };

/**
 * Histogram of updates lost per trial. The unsafe counter's trials are
 * binned; the atomic and locked counters (expected: always 0) get their own
 * bars beside it, so a broken lock would show up in the same picture.
 */
export async function lostHistogramChart(data: LostHistogramData, opts: RenderOptions = {}): Promise<Buffer> {
  return render("lostHistogramChart", lostHistogramConfig(data, opts), opts);
}
