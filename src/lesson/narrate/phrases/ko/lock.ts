/** 2장: 락. */
import type { Book } from "../../book";
import type { Comparison } from "../../compare";
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

const ns = (v: number) => `${f.ns(v)} ns`;
const UNSAFE = counters.name.unsafe;

export const lock = {
  allExact: (trials: number, book: Book) =>
    trials === 1
      ? `**시행 한 번이 정확하다.** 책의 락을 쓴 실행(${book.expected} 중 ${book.expected})과 같다.`
      : `**시행 ${int(trials)}번이 모두 정확하다.** 책의 락을 쓴 실행(${book.expected} 중 ${book.expected})과 같다.`,
  notExact: (exact: number, trials: number) =>
    exact === 0
      ? `**시행 ${int(trials)}번 중 정확한 시행이 하나도 없다. 락의 버그이니 알려 주기 바란다.**`
      : `**시행 ${int(trials)}번 중 ${int(exact)}번만 정확하다. 락의 버그이니 알려 주기 바란다.**`,
  cost: (locked: { ns: number; vs: Comparison }, atomic: { ns: number; vs: Comparison }, unsafeNs: number) => {
    const pair = `(${ns(locked.ns)} 대 ${ns(unsafeNs)})`;
    const lockPart =
      locked.vs === "more"
        ? `이번 실행에서 락을 건 증가 한 번은 ${UNSAFE}의 증가보다 ${f.times(locked.ns / unsafeNs)} 오래 걸렸고${pair}`
        : locked.vs === "same"
          ? `이번 실행에서 락을 건 증가 한 번은 ${UNSAFE}의 증가와 거의 같은 시간이 걸렸고${pair}`
          : `이번 실행에서 락을 건 증가 한 번은 오히려 ${UNSAFE}의 증가보다 짧게 걸렸고${pair}`;
    const atomicPart =
      atomic.vs === "more"
        ? `\`Atomics.add\`는 ${f.times(atomic.ns / unsafeNs)} 걸렸다(${ns(atomic.ns)}).`
        : atomic.vs === "same"
          ? `\`Atomics.add\`는 ${josa(UNSAFE, "과/와")} 거의 같았다(${ns(atomic.ns)}).`
          : `\`Atomics.add\`는 ${UNSAFE}보다 짧게 걸렸다(${ns(atomic.ns)}).`;
    return `${lockPart}, ${atomicPart}`;
  },
  onlyUnsafeLost: (lost: number, trials: number) =>
    `갱신을 잃은 것은 ${UNSAFE}뿐이다. 시행 ${int(trials)}번에 걸쳐 ${int(lost)}개를 잃었다.`,
  // One count per counter that ran, and counterCosts refuses none: trials[0] is there.
  noneLost: (trials: readonly number[]) =>
    `이번에는 어느 카운터도 갱신을 잃지 않았다(${
      trials.every((t) => t === trials[0]) ? `각각 시행 ${int(trials[0]!)}번` : `시행 ${trials.map(int).join(", ")}번`
    }). ${josa(UNSAFE, "은/는")} 운이 좋았을 뿐, 고쳐진 것이 아니다.`,
  fixedLost: (counter: CounterKind, lost: number, trials: number) =>
    `**${josa(counters.name[counter], "이/가")} 시행 ${int(trials)}번에 걸쳐 갱신 ${int(lost)}개를 잃었다. 버그이니 알려 주기 바란다.**`,
  fixedExact: (counter: CounterKind, trials: number) =>
    `${josa(counters.name[counter], "은/는")} 시행 ${int(trials)}번 동안 아무것도 잃지 않았다. 당연히 그래야 한다.`,
  twoRuns: (
    rows: readonly { counter: CounterKind; here: number; there: number; agree: boolean }[],
    tracedTrials: number,
    same: number,
  ) => {
    const within = f.pct(same, 0);
    /** "A", "A와 B", "A, B와 C" */
    const names = (list: typeof rows) => {
      const all = list.map((r) => counters.name[r.counter]);
      return all.length < 2 ? all.join("") : `${josa(all.slice(0, -1).join(", "), "과/와")} ${all[all.length - 1]}`;
    };
    const agree = rows.filter((r) => r.agree);
    const differ = rows.filter((r) => !r.agree);
    const intro =
      "이 표의 시간과 위에서 추적 비용을 잴 때 나온 시간은 서로 다른 두 측정이다. 추적한 시간은 증가마다 기록까지 하는 " +
      "카운터에서 나왔고, 추적하지 않은 시간도 이 표와 같은 코드로 쟀지만, " +
      `카운터마다 추적한 시행과 번갈아 가며 같은 워커들로 시행 ${int(tracedTrials)}번을 돌린 결과다. `;
    if (differ.length === 0) {
      const each = rows.map((r) => `${counters.label[r.counter]} ${ns(r.there)} 대 ${ns(r.here)}`).join(", ");
      return `${intro}이번 실행에서 두 측정은 ${within} 안으로 같았다(그쪽 대 이쪽: ${each}).`;
    }
    const pairs = differ
      .map((r) => `${counters.label[r.counter]} ${ns(r.there)} 대 ${ns(r.here)}, ${f.times(r.there / r.here)}`)
      .join("; ");
    return (
      `${intro}이번 실행에서는 ${agree.length === 0 ? "모든 카운터에서" : `${names(differ)}에서`} 두 측정이 어긋났다(그쪽 대 이쪽: ${pairs}).` +
      (agree.length === 0 ? "" : ` ${josa(names(agree), "은/는")} ${within} 안으로 같았다.`) +
      " 실행 시간은 그때 컴퓨터가 하던 다른 일에 따라 움직인다."
    );
  },
  noCosts: "시간을 잰 카운터가 없어서 비교할 비용이 없다.",
  timedOut: (timeoutMs: number) =>
    `**시간 제한을 둔 시도는 ${int(timeoutMs)} ms를 기다린 뒤 \`LockTimeoutError\`를 내며 포기했다.** 락은 그때도 다른 쪽이 쥐고 있었다.`,
  notTimedOut: "**시간 제한을 둔 시도가 다른 쪽이 쥔 락을 얻었다.** 락이 그래서는 안 되니 알려 주기 바란다.",
  otherError: (name: string, message: string) =>
    `**시간 제한을 둔 시도가 시간 초과가 아니라 ${josa(`\`${name}\``, "으로/로")} 실패했다:** \`${message}\`. 알려 주기 바란다.`,
};
