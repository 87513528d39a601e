/** 비용 증가 해설: 워커를 늘릴 때 증가 한 번의 비용이 어떻게 움직였나. */
import { f, int } from "./format";
import { josa } from "./josa";

/** "가", "가, 나", "가, 나, 다" */
const list = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")}, ${items[items.length - 1]}`;

const ns = (v: number): string => `${f.sig3(v)} ns`;

export const growth = {
  single: (workers: number) =>
    `워커 수 하나(워커 ${int(workers)}개)만 쟀으므로 읽을 증가 추세가 없다. 스윕에 워커 수를 여러 개 주어라.`,
  /** 카운터 하나의 변화: "locked 18.6 → 25 ns (1.3배)". */
  change: (kind: string, fromNs: number, toNs: number) =>
    `${kind} ${f.sig3(fromNs)} → ${ns(toNs)} (${f.times(toNs / fromNs)})`,
  grew: (from: number, to: number, changes: readonly string[]) =>
    `**워커 ${int(from)}개에서 ${int(to)}개로 늘리자 증가 한 번의 비용은 ${josa(list(changes), "이/가")} 되었다.**`,
  withinCores: (cores: number) =>
    `이 워커 수들은 모두 이 기계의 코어 ${int(cores)}개 안에 들어간다. 번갈아 실행되는 비용을 보려면 ${int(cores)}보다 큰 워커 수를 더하라.`,
  /** 코어 수를 넘은 뒤: 코어 안에 든 마지막 워커 수와 가장 많은 워커 수에서 그 카운터의 비용. */
  pastCores: (
    trend: "dearer" | "cheaper" | "level",
    kind: string,
    /** 카운터가 락이다: 쥔 워커가 코어를 잃으면 나머지가 기다린다. */
    isLock: boolean,
    cores: number,
    ref: { workers: number; ns: number },
    most: { workers: number; ns: number },
  ) => {
    const at = `워커 ${int(ref.workers)}개에서 ${ns(ref.ns)}, ${int(most.workers)}개에서 ${ns(most.ns)}`;
    const turns = `이 기계의 코어 ${int(cores)}개를 넘으면 워커들은 함께 실행되는 대신 번갈아 실행된다`;
    switch (trend) {
      case "dearer":
        return `${turns}. 그런데도 ${kind} 증가는 워커가 더 많은 쪽이 더 비쌌다 (${at}). ${
          isLock
            ? "락을 쥔 워커가 코어를 잃을 수 있고, 그러면 나머지는 그 워커가 쉬는 동안 내내 기다린다."
            : "워커가 바뀔 때마다 문맥 전환이 일어나고, 카운터의 캐시 라인도 함께 옮겨 간다."
        }`;
      case "cheaper":
        return `${turns}. 그러자 ${kind} 증가는 더 싸졌다 (${at}). 타임 슬라이스 동안 코어를 혼자 쓰는 워커는 카운터에서 다른 워커를 거의 만나지 않는다.`;
      case "level":
        return `${turns}. 그래서 ${kind} 증가의 비용은 거의 그대로였다 (${at}). 코어보다 많은 워커는 속도가 아니라 기다림을 더한다.`;
    }
  },
};
