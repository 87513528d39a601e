/**
 * The join address as a QR code, by the `qrcode` package: blocks of text for the terminal
 * the lecturer started the presenter in, and an SVG for the class page. Both are drawn dark
 * on light with a quiet zone, as phone cameras expect, whatever the terminal's colours.
 */

// qrcode's type declarations (@types/qrcode) need the DOM lib, which this Node project leaves
// out, so it is loaded untyped and described here as far as it is used.
interface QRCodeOptions {
  type: "terminal" | "svg";
  small?: boolean;
  margin?: number;
  errorCorrectionLevel: "L" | "M" | "Q" | "H";
}
const QRCode = require("qrcode") as { toString(text: string, options: QRCodeOptions): Promise<string> };

/** Medium error correction: a projected code survives glare and a few lost modules. */
const LEVEL = "M";

export function qrForTerminal(text: string): Promise<string> {
  return QRCode.toString(text, { type: "terminal", small: true, errorCorrectionLevel: LEVEL });
}

/** The QR code as an SVG data URI, for an <img> (same-origin under COEP: a data URI is). */
export async function qrSvgDataUri(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: LEVEL });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
