/**
 * The Korean edition's Latin words outside code, counted over an export's executed notebooks:
 * the pages (every cell) and the decks (the cells a deck shows, notes included), per notebook,
 * with the words themselves. The rule is tools/koreanProse.ts's, which the tests apply too.
 * `npm run bench -- korean` reads export/; KOREAN_EXPORT=/tmp/lesson reads another export.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { DESCRIPTION, readText } from "../src/lesson/show/charts/pngText";
import { latinWords, readerTexts, type ReadNotebook } from "../tools/koreanProse";
import { textTable } from "./table";

const ROOT = path.join(__dirname, "..", "..");

export function run(): string {
  const dir = path.join(process.env.KOREAN_EXPORT ?? path.join(ROOT, "export"), "ko");
  if (!existsSync(dir)) return `no Korean edition in ${dir}: run npm run export first`;
  const rows: string[][] = [];
  const words: string[] = [];
  let pages = 0;
  let decks = 0;
  for (const name of readdirSync(dir)
    .filter((n) => /^\d\d-.*\.ipynb$/.test(n))
    .sort()) {
    const nb = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as ReadNotebook;
    let page = 0;
    let deck = 0;
    for (const { cell, inDeck, text } of readerTexts(nb, (png) => readText(png, DESCRIPTION))) {
      const found = latinWords(text);
      page += found.length;
      if (inDeck) deck += found.length;
      words.push(...found.map((w) => `${name.slice(0, 2)} ${cell}: ${w}`));
    }
    rows.push([name, String(page), String(deck)]);
    pages += page;
    decks += deck;
  }
  rows.push(["all", String(pages), String(decks)]);
  return `${textTable(["notebook", "pages", "decks"], rows)}\n${words.join("\n")}`;
}
