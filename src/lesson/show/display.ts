// Showing a chart or table in a notebook cell with one call.
//
// tslab's display only works inside a running tslab kernel; the same code
// also runs in tests and the CLI, where it must not crash. So tslab is loaded
// lazily, and outside a kernel a short text note is printed instead.

/** The part of tslab's `display` (node_modules/tslab/dist/public.d.ts) used here. */
interface TslabDisplay {
  png(b: Uint8Array): void;
  html(s: string): void;
  markdown(s: string): void;
}

type Require = (id: string) => unknown;

// The kernel hooks `require("tslab")` only for notebook code, and publishes
// that hooked require on globalThis.__tslab__. Going through it reaches the
// kernel's own tslab even when the kernel runs from a different install than
// this package's node_modules — a second copy would answer "Not ready".
export function loadTslab(): { display?: TslabDisplay; newDisplay?: () => Pick<TslabDisplay, "html"> } | undefined {
  const hooked = (globalThis as { __tslab__?: { require?: Require } }).__tslab__?.require;
  try {
    return (hooked ?? require)("tslab") as ReturnType<typeof loadTslab>;
  } catch {
    return undefined;
  }
}

function loadTslabDisplay(): TslabDisplay | undefined {
  return loadTslab()?.display;
}

function outsideKernel(what: string): void {
  console.log(`[${what} — shown only inside a tslab notebook]`);
}

function pngSize(png: Uint8Array): string {
  // Width and height are the first two fields of the IHDR chunk.
  if (png.length < 24) return "PNG";
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return `${view.getUint32(16)}×${view.getUint32(20)} PNG, ${Math.round(png.length / 1024)} kB`;
}

// The show functions return nothing on purpose: tslab prints a cell's last expression,
// and a stray `true` under every chart is noise in a lecture.

/** Shows a PNG in the current cell; outside a tslab kernel, prints a one-line note. */
export function showPng(png: Uint8Array): void {
  const display = loadTslabDisplay();
  try {
    if (!display) return outsideKernel(pngSize(png));
    display.png(png);
  } catch {
    // tslab throws "Not ready" when it is loaded but no kernel is listening.
    return outsideKernel(pngSize(png));
  }
}

/** Shows HTML (e.g. from htmlTable) in the current cell; outside a tslab kernel, prints a one-line note. */
export function showHtml(html: string): void {
  const display = loadTslabDisplay();
  try {
    if (!display) return outsideKernel(`HTML, ${html.length} characters`);
    display.html(html);
  } catch {
    return outsideKernel(`HTML, ${html.length} characters`);
  }
}

/**
 * Shows narration built from a run's own numbers as Markdown. Outside a kernel the text
 * itself is printed: the sentence is the point, not its styling.
 */
export function showMarkdown(markdown: string): void {
  const display = loadTslabDisplay();
  try {
    if (display) return display.markdown(markdown);
  } catch {
    // not inside a kernel after all: fall through to plain text
  }
  console.log(markdown);
}

/** Awaits a chart and shows it: `await showChart(lostHistogramChart(data))`. */
export async function showChart(png: Promise<Uint8Array> | Uint8Array): Promise<void> {
  showPng(await png);
}
