/**
 * The book's Python programs in one picture, in a notebook cell: their counts side by side when
 * any of them ran, or, on a machine where none could, the sentence that says why, so the cell
 * never fails for want of a Python.
 */
import type { PythonRunResult } from "../python/seedPrograms";
import { pythonHeadline } from "../narrate/headlines/gil";
import { machineFacts } from "../narrate/machineFacts";
import { pythonCountsChart } from "./charts/counts";
import { showChart, showMarkdown } from "./display";

export async function showPythonRuns(runs: readonly PythonRunResult[]): Promise<void> {
  if (runs.some((r) => r.available)) return showChart(pythonCountsChart(runs));
  showMarkdown(pythonHeadline(machineFacts(), runs));
}
