/** 2장: 락. */
import { f, int } from "./format";

export const lock = {
  allExact: (trials: number) =>
    `**시행 ${int(trials)}번이 모두 정확하다.** 책의 락을 쓴 실행(500000 중 500000)과 같다.`,
  notExact: (exact: number, trials: number) =>
    `**시행 ${int(trials)}번 중 ${int(exact)}번만 정확하다. 락의 버그이니 알려 주기 바란다.**`,
  cost: (lockedNs: number, atomicNs: number, unsafeNs: number) =>
    `이번 실행에서 락은 증가 한 번을 unsafe 카운터보다 ${f.times(lockedNs / unsafeNs)} 느리게 만들었고 ` +
    `(${f.fixed(lockedNs)} ns 대 ${f.fixed(unsafeNs)} ns), ` +
    `\`Atomics.add\`는 ${f.times(atomicNs / unsafeNs)}였다 (${f.fixed(atomicNs)} ns).`,
  onlyUnsafeLost: (lost: number, trials: number) =>
    `갱신을 잃은 것은 unsafe 카운터뿐이다. 시행 ${int(trials)}번에 걸쳐 ${int(lost)}개를 잃었다.`,
  noneLost: (trials: number) =>
    `이번에는 어느 카운터도 갱신을 잃지 않았다 (각각 시행 ${int(trials)}번). unsafe 카운터는 운이 좋았을 뿐, 고쳐진 것이 아니다.`,
  fixedLost: (counter: string, lost: number, trials: number) =>
    `**${counter} 카운터가 시행 ${int(trials)}번에 걸쳐 갱신 ${int(lost)}개를 잃었다. 버그이니 알려 주기 바란다.**`,
};
