/** 2장: 락. */
import type { Book } from "../../book";
import type { Comparison } from "../../compare";
import { f, int } from "./format";
import { josa } from "./josa";

const ns = (v: number) => `${f.fixed(v)} ns`;

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
    const lockPart =
      locked.vs === "more"
        ? `이번 실행에서 락은 증가 한 번을 unsafe 카운터보다 ${f.times(locked.ns / unsafeNs)} 느리게 만들었고 (${ns(locked.ns)} 대 ${ns(unsafeNs)})`
        : locked.vs === "same"
          ? `이번 실행에서 락을 건 증가 한 번의 비용은 unsafe 카운터와 거의 같았고 (${ns(locked.ns)} 대 ${ns(unsafeNs)})`
          : `이번 실행에서 락을 건 증가 한 번은 unsafe 카운터보다 오히려 덜 들었고 (${ns(locked.ns)} 대 ${ns(unsafeNs)})`;
    const atomicPart =
      atomic.vs === "more"
        ? `\`Atomics.add\`는 ${f.times(atomic.ns / unsafeNs)} 느렸다 (${ns(atomic.ns)}).`
        : atomic.vs === "same"
          ? `\`Atomics.add\`는 unsafe 카운터와 거의 같았다 (${ns(atomic.ns)}).`
          : `\`Atomics.add\`는 unsafe 카운터보다 덜 들었다 (${ns(atomic.ns)}).`;
    return `${lockPart}, ${atomicPart}`;
  },
  onlyUnsafeLost: (lost: number, trials: number) =>
    `갱신을 잃은 것은 unsafe 카운터뿐이다. 시행 ${int(trials)}번에 걸쳐 ${int(lost)}개를 잃었다.`,
  // One count per counter that ran, and counterCosts refuses none: trials[0] is there.
  noneLost: (trials: readonly number[]) =>
    `이번에는 어느 카운터도 갱신을 잃지 않았다 (${
      trials.every((t) => t === trials[0]) ? `각각 시행 ${int(trials[0]!)}번` : `시행 ${trials.map(int).join(", ")}번`
    }). unsafe 카운터는 운이 좋았을 뿐, 고쳐진 것이 아니다.`,
  fixedLost: (counter: string, lost: number, trials: number) =>
    `**${counter} 카운터가 시행 ${int(trials)}번에 걸쳐 갱신 ${int(lost)}개를 잃었다. 버그이니 알려 주기 바란다.**`,
  fixedExact: (counter: string, trials: number) =>
    `${counter} 카운터는 시행 ${int(trials)}번 동안 아무것도 잃지 않았다. 당연히 그래야 한다.`,
  noCosts: "시간을 잰 카운터가 없어서 비교할 비용이 없다.",
  timedOut: (timeoutMs: number) =>
    `**시간 제한을 둔 시도는 ${int(timeoutMs)} ms를 기다린 뒤 \`LockTimeoutError\`를 내며 포기했다.** 락은 그때도 다른 쪽이 쥐고 있었다.`,
  notTimedOut: "**시간 제한을 둔 시도가 다른 쪽이 쥔 락을 얻었다.** 락이 그래서는 안 되니 알려 주기 바란다.",
  otherError: (name: string, message: string) =>
    `**시간 제한을 둔 시도가 시간 초과가 아니라 ${josa(`\`${name}\``, "으로/로")} 실패했다:** \`${message}\`. 알려 주기 바란다.`,
};
