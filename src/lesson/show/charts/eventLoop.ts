/** The event-loop race's bars, drawn: its configuration is eventLoopConfig.ts's. */
import type { RenderOptions } from "./chartConfig";
import { eventLoopConfig, type EventLoopRun } from "./eventLoopConfig";
import { render } from "./render";

export { eventLoopConfig, type EventLoopRun };

/** The updates each event-loop counter lost, as bars: the synchronous one, the awaited one, the locked one. */
export async function eventLoopChart(runs: readonly EventLoopRun[], opts: RenderOptions = {}): Promise<Buffer> {
  return render("eventLoopChart", eventLoopConfig(runs, opts), opts);
}
