/** 추적한 실행: 누가 언제 락을 쥐었나, 락 없는 카운터는 어디서 잃었나, 추적의 비용은 얼마인가. */
import type { Comparison } from "../../compare";
import type { CounterKind } from "../../../engine/counters";
import { workerLetter } from "../../workerName";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

const worker = (w: number) => `워커 ${workerLetter(w)}`;
const ns = (v: number) => `${f.ns(v)} ns`;
const UNSAFE = counters.name.unsafe;

export const trace = {
  worker,
  charts: {
    strip: {
      title: "증가를 누가, 어떤 순서로 했나",
      subtitle: (from: number, to: number, total: number) =>
        from === 0 && to === total
          ? `증가 ${int(total)}번 전체, 왼쪽에서 오른쪽으로. 픽셀 하나보다 빨리 번갈아 실행된 곳은 한 열에 색이 섞인다`
          : `증가 ${int(total)}번 중 ${int(from)}번째부터 ${int(to)}번째까지`,
      x: "증가 (그 직전의 카운터 값)",
      row: (kind: string, handoffs: number) => `${kind}: 넘겨주기 ${int(handoffs)}번`,
    },
    runs: {
      title: "다른 워커가 끼어들기 전까지 한 워커가 이어 간 길이",
      subtitle: "길이별로 연속 구간에서 이루어진 증가의 비율 (연속 구간: 한 워커가 잇달아 한 증가)",
      x: "연속 구간 길이 (잇단 증가 횟수, 두 배씩 커지는 구간)",
      y: "증가의 비율 (%)",
      series: (kind: string, handoffs: number) => `${kind} (넘겨주기 ${int(handoffs)}번)`,
      bin: (from: number, to: number) => (from === to ? f.compact(from) : `${f.compact(from)}–${f.compact(to)}`),
    },
    writes: {
      title: "워커마다 시간에 따라 쓴 값",
      subtitle: (stale: number) =>
        stale === 0
          ? "어느 워커도 방금 쓴 값보다 작은 값을 읽지 않았다"
          : `표시: ${stale === 1 ? "낡은 쓰기" : `가장 큰 낡은 쓰기 ${int(stale)}개`}, 다른 워커가 되돌아간 카운터를 읽은 지점. 숫자: 떨어진 폭에 그 쓰기 자신을 더한 것`,
      x: "시작부터 흐른 시간 (ms)",
      y: "쓴 값",
      stale: "낡은 쓰기 (카운터 값이 뒤로 떨어짐)",
      erased: (n: number) => `−${int(n)}`,
    },
  },
  handoff: {
    oneWorker: (total: number) =>
      `워커 하나가 증가 ${int(total)}번을 모두 했다. 락을 넘겨줄 상대가 없었다. 워커를 늘려 실행해 보라.`,
    inTurn: (threads: number, total: number) =>
      `**워커 ${int(threads)}개가 한 워커씩 차례로, 각자 자기 증가를 모두 한 구간에 잇달아 했다.** ` +
      `증가 ${int(total)}번 동안 락은 워커 하나가 끝날 때마다 한 번씩, ${int(threads - 1)}번만 다른 워커에게 넘어갔다. ` +
      "그동안 나머지 워커가 기다리고 있었는지 아직 세기 전이었는지는 추적으로 알 수 없으므로, 이 실행은 락을 어떻게 나눠 쓰는지에 대해 " +
      "아무것도 보여 주지 않는다. 워커마다 증가 횟수를 늘려 보라.",
    handed: (handoffs: number, total: number, rate: number, per: number) =>
      `**증가 ${int(total)}번 동안 락이 다른 워커에게 ${int(handoffs)}번 넘어갔다**(${int(per)}번당 ${f.sig3(rate)}번).`,
    longest: (w: number, length: number) =>
      `가장 긴 연속 구간: ${josa(worker(w), "이/가")} 증가 ${int(length)}번 동안 잇달아 락을 쥐었다.`,
    longShare: (inLongRuns: number, longRun: number) =>
      `전체 증가의 ${josa(f.pct(inLongRuns), "이/가")} ${int(longRun)}번 이상 이어진 구간에서 이루어졌다.`,
    unfair:
      "긴 연속 구간은 먼저 스케줄러에서 나온다. 워커는 타임 슬라이스 동안 코어를 지키며 다른 워커가 실행되기 전에 여러 번 센다. " +
      "퓨텍스 방식의 락은 여기에 제 몫을 더한다. 기다리는 워커들을 줄 세우지 않으므로, 락을 해제한 워커는 깨어난 대기자가 실행되기도 전에 곧바로 락을 다시 잡을 수 있다.",
    shortRuns: (longRun: number) => `${int(longRun)}번에 이른 연속 구간이 없다. 락이 자주 오갔다.`,
    atomic: (handoffs: number, rate: number, per: number, longest: number, vs: Comparison, cacheLine: boolean) =>
      `비교하자면 ${counters.name.atomic}에서는 증가하는 워커가 ${int(handoffs)}번 바뀌었다` +
      `(${int(per)}번당 ${f.sig3(rate)}번, 가장 긴 연속 구간 ${int(longest)}번). ` +
      (vs === "more"
        ? "락보다 자주 바뀐 것이다. "
        : vs === "less"
          ? "락보다 드물게 바뀐 것이다. "
          : "락과 거의 같은 빈도다. ") +
      (cacheLine
        ? "`Atomics.add`에는 쥔 워커를 기다릴 락이 없고, 차지해야 할 캐시 라인만 있다."
        : "기다릴 락이 없으니, 워커는 스케줄러가 다른 워커에게 차례를 줄 때 바뀌었다."),
  },
  loss: {
    nothing: (expected: number, cores: number) =>
      `**이번 실행은 ${int(expected)}개 중 아무것도 잃지 않았다.** 어떤 쓰기도 다른 쓰기를 덮지 않았다. ` +
      (cores === 1
        ? "코어가 하나뿐이라 워커들은 같은 순간에 실행되지 않았고, 읽기와 쓰기 사이에서 끝난 차례도 없었다. "
        : "바쁜 컴퓨터에서는 워커들이 전혀 겹치지 않았을 수 있다. ") +
      "다시 실행하거나 증가 횟수를 늘려 보라.",
    account: (lost: number, expected: number, found: number, repeats: number, beyond: number) =>
      `**갱신 ${int(expected)}개 중 ${int(lost)}개를 잃었다.** 1부터 ${int(found)}까지 모든 값을 누군가 썼으므로, ` +
      // One sentence either way: a slide may show a narration's first sentences alone.
      (beyond > 0
        ? `손실은 다른 쓰기가 이미 쓴 값을 또 쓴 쓰기 ${int(repeats)}번(두 워커가 같은 카운터 값을 읽고 같은 합을 다시 썼다)에, ` +
          `카운터가 도달했다가 영영 잃은 ${int(found)}보다 큰 값 ${int(beyond)}개를 더한 것이다.`
        : `손실은 정확히 다른 쓰기가 이미 쓴 값을 또 쓴 쓰기 ${int(repeats)}번이다 ` +
          "(두 워커가 같은 카운터 값을 읽고 같은 합을 다시 썼다)."),
    incomplete: (lost: number, expected: number, missing: number) =>
      `**갱신 ${int(expected)}개 중 ${int(lost)}개를 잃었다.** 추적에 최종값보다 작은 값 ${int(missing)}개가 빠져 있다. ` +
      "추적이 불완전하므로 손실을 쓰기 하나하나로 셈할 수 없다.",
    stale: (count: number, w: number | null, wrote: number, from: number, erased: number) =>
      `낡은 쓰기 ${int(count)}번이 뒤로 떨어진 모습으로 드러났다. 워커가 방금 쓴 값보다 작은 값을 읽은 것이다. ` +
      `가장 큰 것: ${josa(w === null ? "어떤 쓰기" : worker(w), "이/가")} ${int(from)} 위에 ${josa(int(wrote), "을/를")} 써서, ` +
      `쓰기 한 번으로 적어도 증가 ${int(erased)}번을 지웠다(떨어진 폭 ${int(from - wrote)}에 그 쓰기 자신). 카운터를 오래전에 읽고 멈춰 있다가 옛 합을 다시 쓴 것이다. ` +
      "차트는 다른 워커가 되돌아간 카운터를 읽은 지점에 이 쓰기를 표시한다.",
    dominant: (erased: number, lost: number) =>
      `그 쓰기 한 번이 잃은 갱신 ${int(lost)}개 중 적어도 ${int(erased)}개(${f.pct(erased / lost)})를 지웠다.`,
    noStale:
      "어느 워커도 방금 쓴 값보다 작은 값을 읽지 않았으므로, 뒤로 떨어진 모습으로 드러난 낡은 쓰기는 없다. " +
      "두 워커가 나란히 셀 때 바로 이런 손실이 남고, 아무 워커도 다시 읽지 않은 낡은 쓰기도 그렇다.",
  },
  cost: {
    row: (kind: CounterKind, untracedNs: number, tracedNs: number) =>
      `${counters.label[kind]}: 추적하지 않으면 증가 한 번에 ${ns(untracedNs)}, 추적하면 ${ns(tracedNs)}(${f.times(tracedNs / untracedNs)})`,
    cheap: (trials: number) => `**여기서 지켜보는 비용은 거의 없다**(번갈아 실행한 각 시행 ${int(trials)}번의 중앙값):`,
    moderate: (worst: number, trials: number) =>
      `**추적은 증가를 최대 ${f.times(worst)} 느리게 한다**(번갈아 실행한 각 시행 ${int(trials)}번의 중앙값):`,
    expensive: (worst: number, kind: CounterKind, trials: number, aim: number) =>
      `**추적은 ${josa(counters.name[kind], "을/를")} ${f.times(worst)} 느리게 한다.** 추적한 실행이 추적하지 않은 실행을 대신할 수 있는 한도인 ${josa(f.times(aim), "을/를")} 넘으므로, ` +
      `추적한 ${counters.name[kind]}의 실행은 더 느린 경합으로 읽어야 한다 (번갈아 실행한 각 시행 ${int(trials)}번의 중앙값):`,
    nothing: "잰 것이 없다. `measureTraceCost`에 카운터를 하나 이상 주어라.",
    lossNone: `중앙값 시행에서 ${josa(UNSAFE, "은/는")} 추적했을 때도 추적하지 않았을 때도 아무것도 잃지 않았다.`,
    lossSame: (untraced: number, traced: number) =>
      `${josa(UNSAFE, "은/는")} 추적했을 때(중앙값 ${f.pct(traced)})와 추적하지 않았을 때(${f.pct(untraced)}) 비슷하게 잃었다. ` +
      "어느 쪽이든 손실은 시행마다 흔들리고, 바쁜 컴퓨터에서는 더 크게 흔들린다.",
    lossChanged: (untraced: number, traced: number) =>
      `추적하자 ${josa(UNSAFE, "이/가")} 잃은 양이 달라졌다. 추적하면 중앙값 ${f.pct(traced)}, 추적하지 않으면 ${josa(f.pct(untraced), "을/를")} 잃었다. ` +
      "증가마다 더해진 저장 한 번이 워커들이 부딪히는 위치를 옮길 수 있고, 바쁜 컴퓨터에서는 손실이 시행마다 흔들리기도 한다.",
  },
};
