/** 3장: 분포. */
import type { LoopsLength } from "../../timeSlice";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

const ms = (v: number) => `${f.ms(v)} ms`;
const SLICE = "스케줄러의 타임 슬라이스";
const { unsafe: UNSAFE, atomic: ATOMIC, locked: LOCKED } = counters.name;
/** "원자적 카운터와 락을 쓰는 카운터" */
const FIXED = `${josa(ATOMIC, "과/와")} ${LOCKED}`;

export const distributions = {
  histogram: (
    losing: number,
    trials: number,
    median: number,
    medianFraction: number,
    max: number,
    maxFraction: number,
  ) =>
    `${josa(UNSAFE, "은/는")} **시행 ${int(trials)}번 중 ${int(losing)}번**에서 갱신을 잃었다. ` +
    `중앙값 시행은 ${int(median)}개(${f.pct(medianFraction)}), 가장 나쁜 시행은 ${josa(`${int(max)}개(${f.pct(maxFraction)})`, "을/를")} 잃었다.`,
  histogramMostNone: (losing: number, trials: number, max: number, maxFraction: number) =>
    `${josa(UNSAFE, "은/는")} **시행 ${int(trials)}번 중 ${int(losing)}번**에서 갱신을 잃었다. ` +
    `대부분의 시행은 아무것도 잃지 않았고, 가장 나쁜 시행은 ${josa(`${int(max)}개(${f.pct(maxFraction)})`, "을/를")} 잃었다.`,
  histogramNone: (trials: number) =>
    `**이번에는 ${UNSAFE}도 시행 ${int(trials)}번 모두 아무것도 잃지 않았다.** ` +
    "워커들이 증가 연산 도중에 한 번도 겹치지 않았다. `howMany`나 `trials`를 늘려 다시 실행해 보라.",
  fixedExact: (atomic: number, locked: number) =>
    atomic === locked
      ? `${josa(FIXED, "은/는")} 각각 시행 ${int(atomic)}번 모두 아무것도 잃지 않았다.`
      : `${josa(FIXED, "은/는")} 시행 ${int(atomic)}번과 ${int(locked)}번 모두 아무것도 잃지 않았다.`,
  fixedLost: (trials: number) =>
    `**${josa(ATOMIC, "이나/나")} ${LOCKED}의 시행 ${int(trials)}번이 갱신을 잃었다. 버그이니 알려 주기 바란다.**`,
  wholeLoopsChance: (near: number, losing: number, howMany: number, tolerance: number) =>
    `갱신을 잃은 시행 ${int(losing)}번 중 ${int(near)}번은 잃은 양이 워커 루프의 정수배` +
    `(증가 ${int(howMany)}번, ${int(2 * howMany)}번, …)와 루프 하나의 ${f.pct(tolerance)} 이내로 차이 났다. ` +
    "우연만으로도 그만큼은 가까워지므로, 이번 실행에서 한 워커가 루프 단위로 멈춰 있었다고 볼 수는 없다.",
  wholeLoops: (near: number, losing: number, howMany: number, tolerance: number) =>
    `갱신을 잃은 시행 ${int(losing)}번 중 ${int(near)}번은 잃은 양이 워커 루프의 정수배` +
    `(증가 ${int(howMany)}번, ${int(2 * howMany)}번, …)와 루프 하나의 ${f.pct(tolerance)} 이내로 차이 났다. 한 워커가 읽기와 쓰기 사이에서 멈춰 있는 동안 ` +
    "다른 워커들이 루프를 끝낸 것이다. 나머지는 그 사이의 양을 잃었다.",
  wholeLoopsNoneNear: (losing: number, howMany: number, tolerance: number) =>
    `갱신을 잃은 시행 ${int(losing)}번 중 잃은 양이 워커 루프의 정수배(증가 ${int(howMany)}번, ${int(2 * howMany)}번, …)와 ` +
    `루프 하나의 ${f.pct(tolerance)} 이내로 가까운 시행은 없었다. 이번에는 모든 손실이 루프의 일부였다. ` +
    "한 워커가 루프 하나 내내 멈춰 있었던 것이 아니라 워커들이 한동안 겹친 결과다.",
  wholeLoopsNone: "이번에는 갱신을 잃은 시행이 없어서 루프 길이와 견줄 것이 없다.",
  aloneExact: "워커 하나는 아무것도 잃지 않았다. 당연하다. 경합에는 둘이 필요하다.",
  aloneLost: "**워커 하나가 갱신을 잃었다. 실험 장치의 버그일 것이니 알려 주기 바란다.**",
  cores: (cores: number) =>
    `이 컴퓨터에는 코어가 ${int(cores)}개 있으므로 같은 순간에 세는 워커는 많아야 ${int(cores)}개다.`,
  oversubscribed: (workers: number[]) =>
    `워커가 ${workers.map(int).join("개나 ")}개이면 남는 워커들은 코어를 기다리므로 모두가 한꺼번에 세지는 않는다. ` +
    "짧은 루프는 한 차례 안에, 다른 워커들이 끝난 뒤에 통째로 실행될 수 있다. 갱신은 두 워커가 두 코어에서 동시에 셀 때나, " +
    "차례가 읽기와 쓰기 사이에서 끝날 때 사라진다.",
  oversubscribedOneCore: (workers: number[]) =>
    `워커가 ${workers.map(int).join("개나 ")}개이면 워커들은 코어 하나를 타임 슬라이스로 번갈아 쓰고, 동시에 세는 일은 없다. ` +
    "갱신은 읽기와 쓰기 사이에서 끝나는 차례만이 잃게 할 수 있다.",
  allFit:
    "여기의 워커 수는 모두 코어 수 안에 들어가므로, 다른 프로그램이 코어를 쓰고 있지 않다면 워커마다 코어를 하나씩 가질 수 있다.",
  checksExact: `검사로 함께 돌린 ${josa(FIXED, "은/는")} 어느 워커 수에서도 아무것도 잃지 않았다.`,
  checksLost: `**검사로 함께 돌린 ${josa(ATOMIC, "이나/나")} ${josa(LOCKED, "이/가")} 갱신을 잃었다. 버그이니 알려 주기 바란다.**`,
  shortLoop: (increments: number, elapsedMs: number, skewMs: number, reading: "waiting" | "turns" | "underway") =>
    `증가 ${int(increments)}번에서 시행들의 중앙값으로 보면, 배리어가 열리고 ${ms(elapsedMs)} 뒤에 모두 끝났고 ` +
    `마지막 워커는 ${ms(skewMs)} 뒤에 시작했다. ` +
    (reading === "waiting"
      ? "그 시간 대부분은 마지막 워커가 시작하기를 기다린 시간이라 워커들은 거의 겹치지 않았다."
      : reading === "turns"
        ? "그 시간 대부분 동안 모든 워커가 진행 중이었고, 코어를 번갈아 나눠 썼다."
        : "그 시간 대부분 동안 모든 워커가 진행 중이었다."),
  firstLoss: (firstAny: number, loopMs: number, firstMedian: number, medianFraction: number) =>
    `갱신을 잃은 시행이 처음 나온 루프 길이는 워커당 증가 ${int(firstAny)}번(루프 ${ms(loopMs)})이었고, ` +
    `${int(firstMedian)}번부터는 중앙값 시행도 갱신을 잃었다(${f.pct(medianFraction)}).`,
  firstLossRare: (firstAny: number, loopMs: number) =>
    `갱신을 잃은 시행이 처음 나온 루프 길이는 워커당 증가 ${int(firstAny)}번(루프 ${ms(loopMs)})이었지만, ` +
    "중앙값 시행은 한 번도 잃지 않았다. 어느 길이에서나 경합은 드물었다.",
  loopsAgainstSlice: (minMs: number, maxMs: number, length: LoopsLength) =>
    (minMs === maxMs
      ? `워커 하나의 루프는 ${josa(ms(minMs), "이/가")} 걸렸다. `
      : `워커 하나의 루프는 ${ms(minMs)}에서 ${ms(maxMs)}까지 걸렸다. `) +
    (length === "short"
      ? `어느 길이에서나 ${SLICE}보다 짧아서, 워커가 한 차례 안에 루프 전체를 끝낼 수 있다.`
      : length === "long"
        ? `어느 길이에서나 ${SLICE}보다 길어서, 루프마다 여러 차례로 나뉜다.`
        : length === "about"
          ? `어느 길이에서나 ${SLICE}와 비슷하다.`
          : length === "aboutOrLonger"
            ? `어느 길이에서나 ${SLICE}쯤이거나 그보다 길다.`
            : length === "aboutOrShorter"
              ? `어느 길이에서나 ${SLICE}쯤이거나 그보다 짧다.`
              : `어떤 길이는 ${SLICE} 안에 들어가고 어떤 길이는 그렇지 않다.`),
  neverLost: "이번에는 어느 루프 길이에서도 갱신을 잃은 시행이 없었다. 워커들이 충분히 오래 겹치지 않았다.",
  poolsClosed: "열려 있는 워커 풀이 없다. 모든 스윕이 끝날 때 자기 워커들을 닫았다.",
  poolsOpen: (pools: number) => `**스윕이 끝났는데도 워커 풀 ${int(pools)}개가 열려 있다. 누수이니 알려 주기 바란다.**`,
};
