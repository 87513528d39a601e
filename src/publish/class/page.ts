/**
 * The two pages the class session serves as HTML.
 *
 * The lecturer's page is a mount point and a script: browser/classView.ts builds the join
 * panel (address, QR code) and the live chart inside any element marked data-class-view, so
 * a deck's class slide can mount the same view. The join page is what a browser shows at the
 * join address (a phone that scanned the QR code): how to join from the lesson's folder, why
 * the browser itself cannot race (README, "Present it live"), and the room's results as they come.
 *
 * Both are served with a Content-Security-Policy that lets them load only this server's
 * script and talk only to this server.
 */
import { LANGS, type Lang } from "../../lesson/core/lang";
import { escapeHtml } from "../../lesson/show/htmlTable";
import { phrasesFor } from "../../lesson/narrate/phrases";
import { CLASS_PATHS } from "./protocol";

export const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export function lecturerPage(lang: Lang): string {
  const W = phrasesFor(lang).classroom;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(W.pageTitle)} · Lost Updates</title>
<style>html, body { margin: 0; height: 100%; background: #fff; }</style>
</head>
<body>
<main data-class-view data-lang="${lang}" style="height: 100%"></main>
<script src="${CLASS_PATHS.script}"></script>
</body>
</html>
`;
}

/**
 * The join page, in one language: the phone's own (its Accept-Language) or the one its link
 * asks for, with a link to the other. Under the command, the room's results are drawn as they
 * arrive (browser/joinView.ts): the class chart, read-only, from GET /class/results with the
 * token. Drawing needs no shared memory, so a phone on the hall's plain HTTP shows it.
 */
export function joinPage(joinUrl: string, token: string, lang: Lang): string {
  const W = phrasesFor(lang).classroom;
  const other: Lang = lang === "en" ? "ko" : "en";
  const command = `npm run race -- --join ${joinUrl}`;
  const query = (language: Lang) => `?token=${encodeURIComponent(token)}&amp;lang=${language}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lost Updates · ${escapeHtml(W.joinHeading)}</title>
<style>
body { font: 18px/1.5 system-ui, "Noto Sans CJK KR", sans-serif; margin: 1.5em auto; max-width: 40em; padding: 0 1em; color: #222; word-break: keep-all; }
pre { white-space: pre-wrap; word-break: break-all; background: #f3f3f3; padding: 0.75em; font-size: 16px; }
h2 { font-size: 20px; margin: 1.5em 0 0.5em; }
.jv-chart { position: relative; height: min(70vh, 440px); }
.jv-summary { margin: 0.5em 0 0; }
.jv-other { margin-top: 2em; border-top: 1px solid #ddd; padding-top: 0.75em; }
</style>
</head>
<body>
<h1>${escapeHtml(W.joinHeading)}</h1>
<p>${escapeHtml(W.joinHow)}</p>
<pre>${escapeHtml(command)}</pre>
<p>${escapeHtml(W.joinWhy)}</p>
<section data-join-view data-lang="${lang}" data-token="${escapeHtml(token)}">
<h2>${escapeHtml(W.joinRoom)}</h2>
<div class="jv-chart"><canvas></canvas></div>
<p class="jv-summary">${escapeHtml(W.waiting)}</p>
</section>
<p class="jv-other"><a href="${CLASS_PATHS.join}${query(other)}" hreflang="${other}" lang="${other}">${escapeHtml(phrasesFor(other).site.name)}</a></p>
<script src="${CLASS_PATHS.joinScript}${query(lang)}"></script>
</body>
</html>
`;
}

/**
 * The language a join page speaks: the one its link asks for (?lang=), else the first of the
 * browser's languages (Accept-Language, in its order of preference) that the lesson speaks,
 * else English.
 */
export function joinLang(asked: string | null, acceptLanguage: string | undefined): Lang {
  if (asked !== null && (LANGS as readonly string[]).includes(asked)) return asked as Lang;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? "1",
      );
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((t) => (LANGS as readonly string[]).includes(t.primary));
  return (found?.primary as Lang | undefined) ?? "en";
}
