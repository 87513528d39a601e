/**
 * The two pages the class session serves as HTML.
 *
 * The lecturer's page is a mount point and a script: browser/classView.ts builds the join
 * panel (address, QR code) and the live chart inside any element marked data-class-view, so
 * a deck's class slide can mount the same view. The join page is what a browser shows at the
 * join address (a phone that scanned the QR code): how to join from the lesson's folder, and
 * why the browser itself cannot (README, "Present it live").
 *
 * Both are served with a Content-Security-Policy that lets them load only this server's
 * script and talk only to this server.
 */
import type { Lang } from "../../lesson/core/lang";
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

/** The join page, in both editions' languages: a phone has no lesson folder to choose one. */
export function joinPage(joinUrl: string): string {
  const command = `npm run race -- --join ${joinUrl}`;
  const part = (lang: Lang, why: string) => `<section lang="${lang}">
<h1>${escapeHtml(phrasesFor(lang).classroom.joinHeading)}</h1>
<p>${escapeHtml(phrasesFor(lang).classroom.joinHow)}</p>
<pre>${escapeHtml(command)}</pre>
<p>${escapeHtml(why)}</p>
</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lost Updates · ${escapeHtml(phrasesFor("en").classroom.joinHeading)}</title>
<style>
body { font: 18px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 40em; padding: 0 1em; color: #222; word-break: keep-all; }
pre { white-space: pre-wrap; word-break: break-all; background: #f3f3f3; padding: 0.75em; font-size: 16px; }
section + section { border-top: 1px solid #ddd; margin-top: 1.5em; }
</style>
</head>
<body>
${part(
  "en",
  "A browser cannot join from this address: the race needs shared memory, which a browser gives only to a page from this very machine (localhost) or from HTTPS, and this page is neither. Your laptop runs it with Node instead, on all its cores, and sends the room your losses and times, with your core count and Node version: nothing about you.",
)}
${part(
  "ko",
  "이 주소로는 브라우저에서 참여할 수 없습니다. 경합에는 공유 메모리가 필요한데, 브라우저는 그것을 자기 기계(localhost)나 HTTPS에서 온 페이지에만 주고, 이 페이지는 둘 다 아닙니다. 대신 노트북의 Node가 모든 코어로 경합을 실행하고, 잃은 갱신과 걸린 시간을 코어 수, Node 버전과 함께 강의실에 보냅니다. 여러분에 대한 정보는 보내지 않습니다.",
)}
</body>
</html>
`;
}
