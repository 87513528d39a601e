/** 3장: 분포. */
import { f, int } from "./format";
import { josa } from "./josa";

export const distributions = {
  histogram: (
    losing: number,
    trials: number,
    median: number,
    medianFraction: number,
    max: number,
    maxFraction: number,
  ) =>
    `unsafe 카운터는 **시행 ${int(trials)}번 중 ${int(losing)}번**에서 갱신을 잃었다. ` +
    `중앙값 시행은 ${int(median)}개(${f.pct(medianFraction)}), 가장 나쁜 시행은 ${josa(`${int(max)}개(${f.pct(maxFraction)})`, "을/를")} 잃었다.`,
  histogramMostNone: (losing: number, trials: number, max: number, maxFraction: number) =>
    `unsafe 카운터는 **시행 ${int(trials)}번 중 ${int(losing)}번**에서 갱신을 잃었다. ` +
    `대부분의 시행은 아무것도 잃지 않았고, 가장 나쁜 시행은 ${josa(`${int(max)}개(${f.pct(maxFraction)})`, "을/를")} 잃었다.`,
  histogramNone: (trials: number) =>
    `**이번에는 unsafe 카운터도 시행 ${int(trials)}번 모두 아무것도 잃지 않았다.** ` +
    "워커들이 증가 연산 도중에 한 번도 겹치지 않았다. `howMany`나 `trials`를 늘려 다시 실행해 보라.",
  fixedExact: (atomic: number, locked: number) =>
    atomic === locked
      ? `atomic과 locked 카운터는 각각 시행 ${int(atomic)}번 모두 아무것도 잃지 않았다.`
      : `atomic과 locked 카운터는 시행 ${int(atomic)}번과 ${int(locked)}번 모두 아무것도 잃지 않았다.`,
  fixedLost: (trials: number) =>
    `**atomic이나 locked 카운터의 시행 ${int(trials)}번이 갱신을 잃었다. 버그이니 알려 주기 바란다.**`,
  wholeLoops: (near: number, losing: number, howMany: number, tolerance: number) =>
    `갱신을 잃은 시행 ${int(losing)}번 중 ${int(near)}번은 워커 루프 몇 개분에 ${f.pct(tolerance)} 안쪽으로 가깝게 잃었다 ` +
    `(${int(howMany)}, ${int(2 * howMany)}, … 번의 증가). 한 워커가 읽기와 쓰기 사이에서 멈춰 있는 동안 ` +
    "다른 워커들이 루프를 끝낸 것이다. 나머지는 그 사이의 양을 잃었다.",
  wholeLoopsNoneNear: (losing: number, howMany: number, tolerance: number) =>
    `갱신을 잃은 시행 ${int(losing)}번 중 워커 루프 몇 개분(${int(howMany)}, ${int(2 * howMany)}, … 번의 증가)에 ` +
    `${f.pct(tolerance)} 안쪽으로 가깝게 잃은 시행은 없었다. 이번에는 모든 손실이 루프의 일부였다. ` +
    "한 워커가 루프 하나 내내 멈춰 있었던 것이 아니라 워커들이 한동안 겹친 결과다.",
  wholeLoopsNone: "이번에는 갱신을 잃은 시행이 없어서 루프 길이와 견줄 것이 없다.",
  aloneExact: "워커 하나는 아무것도 잃지 않았다. 당연하다. 경합에는 둘이 필요하다.",
  aloneLost: "**워커 하나가 갱신을 잃었다. 실험 장치의 버그일 것이니 알려 주기 바란다.**",
  cores: (cores: number) =>
    `이 기계에는 코어가 ${int(cores)}개 있으므로 같은 순간에 세는 워커는 많아야 ${int(cores)}개다.`,
  oversubscribed: (workers: number[]) =>
    `워커가 ${workers.map(int).join("개나 ")}개이면 남는 워커들은 코어를 기다리며 타임 슬라이스로 번갈아 실행된다. ` +
    "두 워커가 두 코어에서 동시에 세는 경우 말고도, 읽기와 쓰기 사이에서 끝나는 차례가 갱신을 잃게 할 수 있다.",
  allFit:
    "여기의 워커 수는 모두 코어 수 안에 들어가므로, 다른 프로그램이 코어를 쓰고 있지 않다면 워커마다 코어를 하나씩 가질 수 있다.",
  checksExact: "atomic과 locked 검사는 어느 워커 수에서도 아무것도 잃지 않았다.",
  checksLost: "**atomic이나 locked 검사가 갱신을 잃었다. 버그이니 알려 주기 바란다.**",
  shortLoop: (increments: number, elapsedMs: number, skewMs: number, reading: "waiting" | "turns" | "underway") =>
    `증가 ${int(increments)}번에서 시행들의 중앙값으로 보면, 배리어가 열리고 ${f.fixed(elapsedMs, 3)} ms 뒤에 모두 끝났고 ` +
    `마지막 워커는 ${f.fixed(skewMs, 3)} ms에 시작했다. ` +
    (reading === "waiting"
      ? "그 시간 대부분은 마지막 워커가 시작하기를 기다린 시간이라 워커들은 거의 겹치지 않았다."
      : reading === "turns"
        ? "그 시간 대부분 동안 모든 워커가 진행 중이었고, 코어를 번갈아 나눠 썼다."
        : "그 시간 대부분 동안 모든 워커가 진행 중이었다."),
  firstLoss: (firstAny: number, loopMs: number, firstMedian: number, medianFraction: number) =>
    `갱신을 잃은 시행이 처음 나온 루프 길이는 워커당 증가 ${int(firstAny)}번(루프 ${f.sig3(loopMs)} ms)이었고, ` +
    `${int(firstMedian)}번부터는 중앙값 시행도 갱신을 잃었다 (${f.pct(medianFraction)}).`,
  firstLossRare: (firstAny: number, loopMs: number) =>
    `갱신을 잃은 시행이 처음 나온 루프 길이는 워커당 증가 ${int(firstAny)}번(루프 ${f.sig3(loopMs)} ms)이었지만, ` +
    "중앙값 시행은 한 번도 잃지 않았다. 어느 길이에서나 경합은 드물었다.",
  neverLost: "이번에는 어느 루프 길이에서도 갱신을 잃은 시행이 없었다. 워커들이 충분히 오래 겹치지 않았다.",
  poolsClosed: "열려 있는 워커 풀이 없다. 모든 스윕이 끝날 때 자기 워커들을 닫았다.",
  poolsOpen: (pools: number) => `**스윕이 끝났는데도 워커 풀 ${int(pools)}개가 열려 있다. 누수이니 알려 주기 바란다.**`,
};
