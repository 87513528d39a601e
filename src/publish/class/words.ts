/**
 * The class session's words in each language the lesson speaks: what the lecturer's page
 * shows, and the line a student's terminal prints when its result is sent. Pure functions of
 * the session's numbers, so the page in the browser and the join client in Node say the same,
 * and a test can read every branch. Errors stay in English, like every error the lesson raises.
 */
import type { Lang } from "../../lesson/core/lang";
import { f as enF, int as enInt, s as enS } from "../../lesson/narrate/phrases/en/format";
import { f as koF, int as koInt } from "../../lesson/narrate/phrases/ko/format";
import { josa } from "../../lesson/narrate/phrases/ko/josa";
import type { Accepted, ClassParams, ResultReport } from "./protocol";

export interface ClassWords {
  pageTitle: string;
  joinHeading: string;
  /** Above the command a student runs. */
  joinHow: string;
  /** When this machine is on no network. */
  noAddress: string;
  /** Above the chart: the race the room runs. */
  chartTitle: string;
  /** The race the room runs, under the title. */
  chartSubtitle(params: ClassParams): string;
  xAxis: string;
  yAxis: string;
  /** Under the chart, before any result. */
  waiting: string;
  /** Under the chart: how many machines, how many trials, the median share lost. */
  summary(machines: number, trials: number, medianLost: number): string;
  /** A platform as people name it (process.platform → Linux, macOS, Windows). */
  platform(kind: string): string;
  /** The legend's entry for every platform but Linux, macOS and Windows. */
  otherPlatform: string;
  /** A point's tooltip: one machine's trial. */
  point(id: number, cores: number, node: string, platform: string, lost: number): string;
  /** The join client's line: what it sent, and what the class answered. */
  sent(where: string, report: ResultReport, accepted: Accepted): string;
  /** The join client's first line. */
  joining(where: string): string;
}

const PLATFORM_NAMES: Record<string, string> = { linux: "Linux", darwin: "macOS", win32: "Windows" };
const platformName = (kind: string) => PLATFORM_NAMES[kind] ?? kind;

const en: ClassWords = {
  pageTitle: "The room's race",
  joinHeading: "Join the race",
  joinHow: "In the lesson's folder, run:",
  noAddress: "This machine is on no network, so the room cannot reach it: join the room's network and start again.",
  chartTitle: "Lost updates per trial, machine by machine",
  chartSubtitle: (p) =>
    `${p.counter} counter, ${enS(p.threads, "worker")} × ${enInt(p.howMany)}` +
    (p.sensorWork > 0 ? `, sensor work ${enInt(p.sensorWork)}` : ""),
  xAxis: "cores (as each machine reports them)",
  yAxis: "updates lost per trial (%)",
  waiting: "Waiting for the first machine to send its race…",
  summary: (machines, trials, median) =>
    `${enS(machines, "machine")}, ${enS(trials, "trial")}; the median trial lost ${enF.pct(median)}`,
  platform: platformName,
  otherPlatform: "other",
  point: (id, cores, node, platform, lost) =>
    `#${id}: ${enS(cores, "core")}, Node ${node}, ${platformName(platform)}: lost ${enF.pct(lost)}`,
  sent: (where, r, accepted) =>
    `sent to ${where}: ${enS(r.cores, "core")}, Node ${r.node}, ${platformName(r.platform)}; ${enS(r.trials.length, "trial")} ` +
    `of ${r.params.counter} ${enInt(r.params.threads)} × ${enInt(r.params.howMany)}: lost ` +
    `${r.trials.map((t) => enInt(t.lost)).join(" · ")} in ${r.trials.map((t) => enF.fixed(t.elapsedMs)).join(" · ")} ms; ` +
    `kept as #${accepted.id} (${enS(accepted.results, "result")} in the room)`,
  joining: (where) => `joining the class at ${where}: running the lecture's race on this machine`,
};

const ko: ClassWords = {
  pageTitle: "강의실 전체의 경합",
  joinHeading: "경합에 참여하기",
  joinHow: "레슨 폴더에서 실행하세요:",
  noAddress:
    "이 기계는 네트워크에 연결되어 있지 않아 강의실에서 접속할 수 없습니다. 강의실 네트워크에 연결한 뒤 다시 시작하세요.",
  chartTitle: "기계별, 시행마다 잃은 갱신",
  chartSubtitle: (p) =>
    `${p.counter} 카운터, 워커 ${koInt(p.threads)}개 × 증가 ${koInt(p.howMany)}번` +
    (p.sensorWork > 0 ? `, 센서 읽기 ${koInt(p.sensorWork)}회` : ""),
  xAxis: "코어 수 (각 기계가 알려 준 값)",
  yAxis: "시행마다 잃은 갱신 (%)",
  waiting: "첫 기계의 결과를 기다리는 중…",
  summary: (machines, trials, median) =>
    `기계 ${koInt(machines)}대, 시행 ${koInt(trials)}번, 시행마다 잃은 갱신의 중앙값 ${koF.pct(median)}`,
  platform: platformName,
  otherPlatform: "그 밖의 플랫폼",
  point: (id, cores, node, platform, lost) =>
    `#${id}: 코어 ${koInt(cores)}개, Node ${node}, ${platformName(platform)}: 손실 ${koF.pct(lost)}`,
  sent: (where, r, accepted) =>
    `${where}에 보냄: 코어 ${koInt(r.cores)}개, Node ${r.node}, ${platformName(r.platform)}; ` +
    `${r.params.counter} ${koInt(r.params.threads)} × ${koInt(r.params.howMany)}, 시행 ${koInt(r.trials.length)}번의 손실 ` +
    `${r.trials.map((t) => koInt(t.lost)).join(" · ")}, 걸린 시간 ${r.trials.map((t) => koF.fixed(t.elapsedMs)).join(" · ")} ms; ` +
    `${josa(`#${accepted.id}`, "으로/로")} 보관됨 (강의실 결과 ${koInt(accepted.results)}개)`,
  joining: (where) => `${where} 수업에 참여합니다: 강의의 경합을 이 기계에서 실행합니다`,
};

export const CLASS_WORDS: Readonly<Record<Lang, ClassWords>> = { en, ko };
