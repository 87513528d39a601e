/**
 * A chart's description, written into its PNG as an iTXt "Description" chunk (UTF-8, so
 * Hangul survives). The image then carries its own alt text: the export reads it back and
 * puts it on the page's <img alt>, in the chart's language, where nbconvert would otherwise
 * write "No description has been provided for this image".
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const DESCRIPTION = "Description";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8); // the table has all 256 bytes
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** `png` with an iTXt chunk `keyword` = `text` (in language `lang`) right after its header. */
export function withText(png: Buffer, keyword: string, text: string, lang: string): Buffer {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
  // keyword NUL, not compressed, method 0, language tag NUL, translated keyword NUL, text
  const data = Buffer.concat([
    Buffer.from(keyword, "latin1"),
    Buffer.from([0, 0, 0]),
    Buffer.from(lang, "latin1"),
    Buffer.from([0, 0]),
    Buffer.from(text, "utf8"),
  ]);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk("iTXt", data), png.subarray(ihdrEnd)]);
}

/** The text of `png`'s iTXt chunk `keyword`, or undefined. */
export function readText(png: Uint8Array, keyword: string): string | undefined {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === "iTXt") {
      const end = data.indexOf(0);
      if (data.toString("latin1", 0, end) === keyword) {
        let p = end + 3; // NUL, compression flag, method
        p = data.indexOf(0, p) + 1; // language tag
        p = data.indexOf(0, p) + 1; // translated keyword
        return data.toString("utf8", p);
      }
    }
    if (type === "IEND") break;
    at += 12 + length;
  }
  return undefined;
}
