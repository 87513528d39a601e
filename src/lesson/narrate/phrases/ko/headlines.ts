/** 슬라이드의 제목: 이번 실행에 대해 슬라이드가 내세우는 한 줄 주장과, 각 장을 여는 질문. */
import type { LoopsLength } from "../../timeSlice";
import type { Phrases } from "../en/index";
import { f, int } from "./format";
import { josa } from "./josa";

const SLICE: Record<LoopsLength, string> = {
  short: "모두 타임 슬라이스보다 짧다",
  about: "모두 타임 슬라이스와 비슷하다",
  long: "모두 타임 슬라이스보다 길다",
  aboutOrLonger: "모두 타임 슬라이스쯤이거나 그보다 길다",
  aboutOrShorter: "모두 타임 슬라이스쯤이거나 그보다 짧다",
  mixed: "타임 슬라이스보다 짧은 것도, 긴 것도 있다",
};

export const headlines: Phrases["headlines"] = {
  race: {
    question: (expected, found, lost) =>
      `기대한 값 ${int(expected)}, 실제 값 ${int(found)}: 갱신 ${int(lost)}개는 어디로 갔을까?`,
    questionNoneLost: (expected, threads, trials) =>
      `기대한 값 ${int(expected)}, 실제 값도 ${int(expected)}${trials === 1 ? "" : `, 시행 ${int(trials)}번 모두`}: ` +
      `워커 ${int(threads)}개가 갱신을 잃을 수 있을까?`,
    everyTrialLost: (worst, expected) => `모든 시행이 갱신을 잃었다: 많게는 ${int(expected)} 중 ${int(worst)}개`,
    someTrialsLost: (losing, trials, worst, expected) =>
      `시행 ${int(trials)}번 중 ${int(losing)}번이 갱신을 잃었다: 많게는 ${int(expected)} 중 ${int(worst)}개`,
    noneLost: "이번에는 갱신을 잃은 시행이 없다: 경합이 숨었다",
    noneLostOneCore: "코어 하나에서는 갱신을 잃은 시행이 없다: 워커들이 번갈아 실행되었다",
    loops: (shortest, longest, length) =>
      `워커의 루프는 ${f.ms(shortest) === f.ms(longest) ? f.ms(shortest) : `${f.ms(shortest)}~${f.ms(longest)}`} ms 걸렸다: ${SLICE[length]}`,
    schedules: (kept, total, threads) =>
      `스케줄 ${int(total)}가지 중 ${int(kept)}가지만 ${threads === 2 ? "두 갱신을" : "모든 갱신을"} 지킨다`,
  },
  lock: {
    question: (lost, expected) =>
      `락 없는 카운터는 가장 많이 잃은 시행에서 ${int(expected)} 중 ${int(lost)}개를 잃었다: 모두 지키려면 무엇이 필요할까?`,
    questionNoneLost: (expected) =>
      `이번에는 ${int(expected)} 중 ${int(expected)}: 언제나 정확하게 세려면 무엇이 필요할까?`,
    exact: (name, trials) =>
      trials === 1
        ? `${josa(name, "은/는")} 시행에서 정확했다`
        : `${josa(name, "은/는")} 시행 ${int(trials)}번 모두 정확했다`,
    notExact: (name, wrong, trials) =>
      `${josa(name, "이/가")} 시행 ${int(trials)}번 중 ${int(wrong)}번 갱신을 잃었다: 알려야 할 버그다`,
    oneWorker: "워커가 하나뿐이라 락이 다른 워커에게 넘어간 적이 없다",
    inTurn: (atomicHandoffs) =>
      `워커마다 락을 한 번 잡아 끝까지 놓지 않았다. \`Atomics.add\`에서는 워커가 ${int(atomicHandoffs)}번 바뀌었다`,
    handoffs: (locked, atomic) =>
      `락은 워커 사이에서 ${int(locked)}번 넘어갔고, \`Atomics.add\`에서는 워커가 ${int(atomic)}번 바뀌었다`,
    costs: (dearest, dearestNs, cheapest, cheapestNs) =>
      `증가 한 번에 ${josa(dearest, "이/가")} 가장 비쌌고(${f.ns(dearestNs)} ns), ${josa(cheapest, "이/가")} 가장 쌌다(${f.ns(cheapestNs)} ns)`,
    oneCost: (counter, ns) => `${counter}: 증가 한 번에 ${f.ns(ns)} ns`,
  },
  distributions: {
    question: (trials, least, most) =>
      `같은 경합을 ${int(trials)}번 돌리자 잃은 갱신이 ${int(least)}개에서 ${int(most)}개까지 나왔다: 무엇이 그 수를 정할까?`,
    questionSame: (trials, lost) =>
      `같은 경합을 ${int(trials)}번 돌리자 매번 갱신 ${int(lost)}개를 잃었다: 다음 번에도 그럴까?`,
    questionNoneLost: (trials) =>
      `같은 경합을 ${int(trials)}번 돌렸는데 갱신을 잃은 시행이 없다: 경합은 어디로 갔을까?`,
    someLost: (losing, trials) => `락 없는 카운터의 시행 ${int(trials)}번 중 ${int(losing)}번이 갱신을 잃었다`,
    noneLost: (trials) => `이번에는 락 없는 카운터의 시행 ${int(trials)}번 모두 갱신을 잃지 않았다`,
    fixedExact: ". 원자적 카운터와 락을 쓰는 카운터는 하나도 잃지 않았다",
    fixedLost: ". 정확해야 할 카운터가 갱신을 잃었다: 알려야 할 버그다",
    wholeLoopsNoLoss: "갱신을 잃은 시행이 없으니, 루프 단위로 잃은 것도 없다",
    wholeLoops: (near, losing) =>
      near === 0
        ? `갱신을 잃은 시행 ${int(losing)}번 중 워커 루프의 정수배만큼 잃은 시행은 없다`
        : `갱신을 잃은 시행 ${int(losing)}번 중 ${int(near)}번이 워커 루프의 정수배에 가깝게 잃었다`,
    wholeLoopsChance: (near, losing) =>
      `갱신을 잃은 시행 ${int(losing)}번 중 워커 루프의 정수배에 가깝게 잃은 시행은 ${int(near)}번뿐: 우연으로도 그만큼은 나온다`,
    lossNothing: "이 추적한 시행은 아무것도 잃지 않았다: 되돌아간 쓰기가 없다",
    lossLargest: (erased) => `낡은 쓰기 한 번이 갱신 ${int(erased)}개를 한꺼번에 지웠다`,
    lossUnseen: "갱신을 잃었지만, 자기 값이 되돌아가는 것을 본 워커는 없다",
    workers: (trend, from, to) =>
      ({
        none: `워커 ${int(from)}개부터 ${int(to)}개까지 어느 경우도 갱신을 잃지 않았다: 센서 없는 루프가 경합을 숨겼다`,
        rising: `워커가 많을수록 더 많이 잃었다: 워커 ${int(from)}개에서 ${int(to)}개로 가며 손실의 중앙값이 늘었다`,
        falling: `워커가 많을수록 덜 잃었다: 워커 ${int(from)}개에서 ${int(to)}개로 가며 손실의 중앙값이 줄었다`,
        flat: `워커 ${int(from)}개부터 ${int(to)}개까지 손실의 중앙값은 거의 같았다`,
        mixed: `워커 ${int(from)}개부터 ${int(to)}개까지 손실의 중앙값이 오르내렸다: 한결같은 흐름은 없다`,
        risingOverall: `워커 ${int(from)}개부터 ${int(to)}개까지 손실의 중앙값은 전체로 늘었지만, 단계마다 는 것은 아니다`,
        fallingOverall: `워커 ${int(from)}개부터 ${int(to)}개까지 손실의 중앙값은 전체로 줄었지만, 단계마다 준 것은 아니다`,
      })[trend],
    workersRare: (from, to, at, losing, trials) =>
      `워커 ${int(from)}개부터 ${int(to)}개까지 손실의 중앙값은 0이었지만, 워커 ${int(at)}개에서는 시행 ${int(trials)}번 중 ${int(losing)}번이 갱신을 잃었다`,
    workersRiseAfterZero: (zeroUpTo, to) =>
      `워커가 많을수록 더 많이 잃었다: 손실의 중앙값은 워커 ${int(zeroUpTo)}개까지 0이었고, 그 뒤 ${int(to)}개까지 늘었다`,
    increments: (trend, from, to) =>
      ({
        none: `증가 ${int(from)}번부터 ${int(to)}번까지 어느 루프도 갱신을 잃지 않았다`,
        rising: `루프가 길수록 더 많이 잃었다: 증가 ${int(from)}번에서 ${int(to)}번으로 가며 손실의 중앙값이 늘었다`,
        falling: `루프가 길수록 덜 잃었다: 증가 ${int(from)}번에서 ${int(to)}번으로 가며 손실의 중앙값이 줄었다`,
        flat: `증가 ${int(from)}번부터 ${int(to)}번까지 손실의 중앙값은 거의 같았다`,
        mixed: `증가 ${int(from)}번부터 ${int(to)}번까지 손실의 중앙값이 오르내렸다: 한결같은 흐름은 없다`,
        risingOverall: `증가 ${int(from)}번부터 ${int(to)}번까지 손실의 중앙값은 전체로 늘었지만, 단계마다 는 것은 아니다`,
        fallingOverall: `증가 ${int(from)}번부터 ${int(to)}번까지 손실의 중앙값은 전체로 줄었지만, 단계마다 준 것은 아니다`,
      })[trend],
    incrementsRare: (from, to, at, losing, trials) =>
      `증가 ${int(from)}번부터 ${int(to)}번까지 손실의 중앙값은 0이었지만, 증가 ${int(at)}번에서는 시행 ${int(trials)}번 중 ${int(losing)}번이 갱신을 잃었다`,
    incrementsRiseAfterZero: (zeroUpTo, to) =>
      `루프가 길수록 더 많이 잃었다: 손실의 중앙값은 증가 ${int(zeroUpTo)}번까지 0이었고, 그 뒤 ${int(to)}번까지 늘었다`,
    cost: (trend, counter, from, to) =>
      ({
        rising: `${counter}의 증가 비용은 워커 ${int(from)}개에서 ${int(to)}개까지 워커가 늘면서 올랐다`,
        falling: `${counter}의 증가 비용은 워커 ${int(from)}개에서 ${int(to)}개로 늘면서 내려갔다`,
        flat: `${counter}의 증가 비용은 워커 ${int(from)}개부터 ${int(to)}개까지 거의 같았다`,
        mixed: `${counter}의 증가 비용은 워커 ${int(from)}개부터 ${int(to)}개까지 오르내렸다`,
        risingOverall: `${counter}의 증가 비용은 워커 ${int(from)}개부터 ${int(to)}개까지 전체로 올랐지만, 단계마다 오른 것은 아니다`,
        fallingOverall: `${counter}의 증가 비용은 워커 ${int(from)}개부터 ${int(to)}개까지 전체로 내려갔지만, 단계마다 내려간 것은 아니다`,
      })[trend],
    costSingle: "워커 수 하나에서 잰 증가 한 번의 비용",
    tinyLost: (lost, repetitions) => `함께 출발한 두 증가는 ${int(repetitions)}번 중 ${int(lost)}번 갱신 하나를 잃었다`,
    tinyNeverLost: (repetitions) => `동시에 출발한 증가 두 번은 ${int(repetitions)}번 반복하는 동안 하나도 잃지 않았다`,
    tinyNoUnsafe: (repetitions) => `정확해야 할 카운터들을 ${int(repetitions)}번 반복했다`,
    tinyForbidden: "금지된 결과: 정확해야 할 카운터가 갱신을 잃었다",
  },
  gil: {
    question: (tasks, lost, expected) =>
      `스레드 하나, 한 번에 태스크 하나: 태스크 ${int(tasks)}개가 어떻게 갱신 ${int(expected)}개 중 ${int(lost)}개를 잃었을까?`,
    questionNoneLost: (tasks) => `스레드 하나, 한 번에 태스크 하나: 태스크 ${int(tasks)}개가 갱신을 잃을 수 있을까?`,
    onlyAwaitedLost: (lost, expected) =>
      `읽기와 쓰기 사이에서 기다리는 카운터만 갱신을 잃었다: ${int(expected)} 중 ${int(lost)}개`,
    noneLost: "이번에는 갱신을 잃은 카운터가 없다",
    exactLost: "정확해야 할 카운터가 갱신을 잃었다: 알려야 할 버그다",
    schedules: (lost, total, threads) =>
      `스레드 ${int(threads)}개의 스케줄 ${int(total)}가지 중 ${int(lost)}가지가 갱신을 잃는다`,
    bookLost: (release, lost) => `CPython ${release}에서 책의 프로그램이 갱신 ${int(lost)}개를 잃었다`,
    callLost: (release, lost) =>
      `CPython ${release}에서는 읽기와 쓰기 사이에 호출이 들어가자 비로소 경합이 드러났다: ${int(lost)}개를 잃었다`,
    callFrequentLost: (release, lost, interval) =>
      `CPython ${release}에서는 읽기와 쓰기 사이에 호출을 넣고 전환 간격을 ${josa(f.interval(interval), "으로/로")} 줄이자 비로소 경합이 드러났다: ${int(lost)}개를 잃었다`,
    hid: (release) => `CPython ${release}에서는 증가 안에 호출을 넣어도 잃은 것이 없다: 경합이 숨었다`,
    lockedLost: (release) => `CPython ${release}에서 락을 쓴 프로그램이 갱신을 잃었다: 알려야 할 버그다`,
    noPython: "이 컴퓨터에는 파이썬이 없어서 책의 프로그램을 실행하지 못했다",
    pythonFailed: "이 컴퓨터의 파이썬에서 책의 프로그램을 실행하지 못했다",
  },
};
