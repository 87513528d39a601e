/** 3장: 아주 작은 경합. 두 워커가 한 번씩 증가시키는 일을 여러 번 되풀이한다. */
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

/** "락을 쓰는 카운터", "원자적 카운터와 락을 쓰는 카운터" */
const list = (items: readonly string[]): string =>
  items.map((item, i) => (i < items.length - 1 ? josa(item, "과/와") : item)).join(" ");
const UNSAFE = counters.name.unsafe;

export const tiny = {
  lost: (lost: number, repetitions: number, rate: number) =>
    `${josa(UNSAFE, "은/는")} **${int(repetitions)}번 중 ${int(lost)}번** 갱신을 잃었다(${f.pct(rate)}).`,
  never: (repetitions: number) =>
    `**이번에는 ${josa(UNSAFE, "이/가")} ${int(repetitions)}번 모두 갱신을 잃지 않았다.**`,
  rare: "드문 일이다. 한 번만 시도하는 테스트라면 거의 언제나 통과할 것이다.",
  why:
    "배리어가 두 워커를 함께 풀어 주지만, 갱신을 잃으려면 세 단계가 같은 몇 나노초 안에 겹쳐야 하고, " +
    "대개는 한 워커가 깨어나기 전에 다른 워커가 이미 끝나 있다.",
  oneCore:
    "이 컴퓨터에는 코어가 하나뿐이라 두 워커는 같은 순간에 실행되는 일이 없다. 한 워커의 읽기와 쓰기 사이에서 " +
    "타임 슬라이스가 끝날 때만 경합이 생긴다.",
  noForbidden: (fixed: readonly CounterKind[]) =>
    fixed.length === 0
      ? `금지된 결과는 없다. ${josa(UNSAFE, "은/는")} 언제나 1이나 2로 끝났다.`
      : `금지된 결과는 없다. ${josa(list(fixed.map((k) => counters.name[k])), "은/는")} 한 번도 1로 끝나지 않았고, ` +
        "1보다 작거나 2보다 크게 끝난 카운터도 없다.",
  unsafeForbidden: (times: number) =>
    `**${josa(UNSAFE, "이/가")} 증가 두 번으로는 남을 수 없는 값(1도 2도 아닌 값)으로 ${int(times)}번 끝났다. ` +
    "실험 장치가 망가졌으니 알려 주기 바란다.**",
  fixedForbidden: (counter: CounterKind, times: number) =>
    `**${josa(counters.name[counter], "이/가")} 금지된 값으로 ${int(times)}번 끝났다. 이 카운터가 망가졌으니 알려 주기 바란다.**`,
};
