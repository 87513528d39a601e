/** 비용 증가 해설: 워커를 늘릴 때 증가 한 번의 비용이 어떻게 움직였나. */
import type { CounterKind } from "../../../engine/counters";
import type { Shape, Trend } from "../../trend";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

const ns = (v: number): string => `${f.ns(v)} ns`;

export interface Point {
  workers: number;
  ns: number;
}

/** "24.3 → 69.9 → 52.3 ns": 오르내린 비용은 모든 점을 그대로. */
const path = (values: readonly Point[]): string => `${values.map((v) => f.ns(v.ns)).join(" → ")} ns`;

export const growth = {
  single: (workers: number) =>
    `워커 수 하나(워커 ${int(workers)}개)만 쟀으므로 읽을 추세가 없다. 스윕에 워커 수를 여러 개 주어라.`,
  /** 카운터 하나가 모든 워커 수에 걸쳐 움직인 모습: "락은 18.6 ns에서 25 ns로 올랐다(1.3배)". */
  change: (kind: CounterKind, trend: Trend, values: readonly Point[]) => {
    const label = josa(counters.name[kind], "은/는");
    const first = values[0]!; // 해설은 점을 둘 이상 읽는다
    const last = values[values.length - 1]!;
    const all = values.map((v) => v.ns);
    switch (trend) {
      case "rising":
        return `${label} ${ns(first.ns)}에서 ${josa(ns(last.ns), "으로/로")} 올랐다(${f.times(last.ns / first.ns)})`;
      case "falling":
        return `${label} ${ns(first.ns)}에서 ${josa(ns(last.ns), "으로/로")} 내렸다(${f.times(last.ns / first.ns)})`;
      case "flat":
        return f.ns(Math.min(...all)) === f.ns(Math.max(...all))
          ? `${label} ${ns(first.ns)}에 머물렀다`
          : `${label} ${ns(Math.min(...all))}에서 ${ns(Math.max(...all))} 사이로 거의 그대로였다`;
      case "mixed":
        return `${label} ${josa(path(values), "으로/로")} 오르내렸다`;
    }
  },
  grew: (from: number, to: number, changes: readonly string[]) =>
    `**워커를 ${int(from)}개에서 ${int(to)}개로 늘리는 동안 증가 한 번의 비용은 이렇게 움직였다.** ` +
    changes.map((c) => `${c}.`).join(" "),
  withinCores: (cores: number) =>
    `이 워커 수들은 모두 이 컴퓨터의 코어 ${int(cores)}개 안에 들어간다. 번갈아 실행되는 비용을 보려면 ${int(cores)}보다 큰 워커 수를 더하라.`,
  /** 코어 수를 넘은 뒤: 코어 안에 든 마지막 워커 수부터 가장 많은 워커 수까지, 그 카운터의 모든 점. */
  pastCores: (trend: Shape, kind: CounterKind, cores: number, values: readonly Point[]) => {
    const at = values.map((v) => `워커 ${int(v.workers)}개에서 ${ns(v.ns)}`).join(", ");
    const turns = `이 컴퓨터의 코어 ${int(cores)}개를 넘으면 워커들은 함께 실행되는 대신 번갈아 실행된다`;
    const name = counters.name[kind];
    switch (trend) {
      case "rising":
        return `${turns}. 그런데도 ${name}의 증가는 워커가 많을수록 더 비쌌다(${at}). ${
          kind === "locked"
            ? "락을 쥔 워커가 코어를 잃을 수 있고, 그러면 나머지는 그 워커가 쉬는 동안 내내 기다린다."
            : "워커가 바뀔 때마다 문맥 전환이 일어나고, 카운터의 캐시 라인도 함께 옮겨 간다."
        }`;
      case "falling":
        return `${turns}. 그러자 ${name}의 증가는 워커가 많을수록 더 싸졌다(${at}). 타임 슬라이스 동안 코어를 혼자 쓰는 워커는 카운터에서 다른 워커를 거의 만나지 않는다.`;
      case "flat":
        return `${turns}. 그래서 ${name}의 증가 비용은 거의 그대로였다(${at}). 코어보다 많은 워커는 속도가 아니라 기다림을 더한다.`;
      case "mixed":
        return `${turns}. ${name}의 증가 비용은 워커 수에 따라 오르내렸다(${at}). 이번 실행에서는 한결같은 흐름을 읽을 수 없다.`;
      case "risingOverall":
        return `${turns}. ${name}의 증가 비용은 워커가 늘면서 전체로는 올랐지만, 단계마다 오른 것은 아니다(${at}).`;
      case "fallingOverall":
        return `${turns}. ${name}의 증가 비용은 워커가 늘면서 전체로는 내려갔지만, 단계마다 내려간 것은 아니다(${at}).`;
    }
  },
};
