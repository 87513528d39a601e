/** 4장: GIL과 이벤트 루프. */
import type { Book } from "../../book";
import type { Comparison } from "../../compare";
import type { AsyncCounterKind } from "../../../eventLoop/eventLoopRace";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

interface Py {
  release: string;
  freeThreaded: boolean;
}
interface Lost {
  lost: number;
  expected: number;
}

/** 실행된 파이썬: "파이썬 3.11.7에서", GIL이 없으면 "(프리 스레드)". */
const on = (py: Py) => `파이썬 ${py.release}${py.freeThreaded ? "(프리 스레드)" : ""}에서`;
const lostOf = (r: Lost) =>
  `갱신 ${int(r.expected)}개 중 ${josa(`${int(r.lost)}개(${f.pct(r.lost / r.expected)})`, "을/를")} 잃었다`;
/** 전환 간격: "전환 간격을 기본값으로 두자", "전환 간격을 1 µs로 두자". */
const interval = (seconds: number | null) =>
  seconds === null ? "전환 간격을 기본값으로 두자" : `전환 간격을 ${josa(f.interval(seconds), "으로/로")} 두자`;
const ms = (v: number) => `${f.ms(v)} ms`;
const { unsafe: UNSAFE, locked: LOCKED, sync: SYNC } = counters.asyncName;
const SKIPPED = "파이썬 실행은 여기서 건너뛴다. 이 노트북의 나머지는 파이썬 없이도 실행된다.";

export const gil = {
  raceLine: (counter: AsyncCounterKind, expected: number, found: number, lost: number, elapsedMs: number) =>
    `${counters.asyncLabel[counter]}: 카운터 값은 ${expected}여야 하는데, 실제로는 ${found} 입니다 (손실 ${int(lost)}, ${ms(elapsedMs)})`,
  awaitedLost: (lost: number, expected: number) =>
    `**${josa(UNSAFE, "이/가")} 스레드 하나에서 갱신 ${int(expected)}개 중 ${int(lost)}개를 잃었다.**`,
  awaitedOneTasksWorth: (lost: number, expected: number, howMany: number, tasks: number) =>
    `**${josa(UNSAFE, "이/가")} 스레드 하나에서 갱신 ${int(expected)}개 중 ${int(lost)}개를 잃었다.** ` +
    `정확히 ${int(howMany)}, 곧 태스크 하나 분량만 셌다. 라운드마다 태스크 ${int(tasks)}개가 모두, 누구도 쓰기 전에 같은 값을 읽었다.`,
  awaitedNone: (tasks: number) =>
    tasks === 1
      ? `**이번에는 ${josa(UNSAFE, "이/가")} 아무것도 잃지 않았다.** 태스크가 하나뿐이라 그 틈에 실행되려고 기다리는 다른 태스크가 없었다.`
      : `**이번에는 태스크 ${int(tasks)}개로도 ${josa(UNSAFE, "이/가")} 아무것도 잃지 않았다.** 그 틈에 다른 태스크가 실행되지 않았다.`,
  syncExact: `같은 태스크들이 같은 순서로 번갈아 증가시킨 ${josa(SYNC, "은/는")} 아무것도 잃지 않았다.`,
  syncLost: (lost: number) =>
    `**${josa(SYNC, "이/가")} ${int(lost)}개를 잃었다. 있을 수 없는 일이니 알려 주기 바란다.**`,
  lockedExact: (found: number, expected: number) =>
    `**${josa(LOCKED, "은/는")} 정확하다: ${int(expected)} 중 ${int(found)}.** 책의 락을 쓴 실행과 같다.`,
  lockedLost: (lost: number) =>
    `**${josa(LOCKED, "이/가")} ${int(lost)}개를 잃었다.** 락이 그래서는 안 되니 알려 주기 바란다.`,
  lockedCost: (vs: Comparison, lockedMs: number, unsafeMs: number) => {
    const pair = `(${ms(lockedMs)} 대 ${ms(unsafeMs)})`;
    return vs === "more"
      ? `${UNSAFE}보다 ${f.times(lockedMs / unsafeMs)} 오래 걸렸다${pair}. 이제 증가할 때마다 락을 얻으려고 줄을 서기 때문이다.`
      : vs === "same"
        ? `${josa(UNSAFE, "과/와")} 거의 같은 시간이 걸렸다${pair}. 락을 기다리는 비용이 \`await\` 자체에 비하면 작았다.`
        : `${UNSAFE}보다 오히려 짧게 걸렸다${pair}. 락을 기다리는 비용이 실행마다 흔들리는 \`await\`의 시간보다 작았다.`;
  },
  schedulesAll: (threads: number, increments: number, steps: number, total: number) =>
    `스레드 ${int(threads)}개 × 증가 ${int(increments)}번 × 3단계 = ${int(steps)}단계: 인터리빙 ${int(total)}가지, ` +
    (total === 1 ? "아래에 나열했다." : "아래에 모두 나열했다."),
  schedulesSome: (threads: number, increments: number, steps: number, total: number, shown: number) =>
    `스레드 ${int(threads)}개 × 증가 ${int(increments)}번 × 3단계 = ${int(steps)}단계: 인터리빙 ${int(total)}가지. ` +
    `아래 표에는 처음 ${int(shown)}가지만 나열하고, 그 뒤의 집계는 ${int(total)}가지 모두를 센다.`,
  schedulesTooMany: (threads: number, increments: number, steps: number, total: number) =>
    `스레드 ${int(threads)}개 × 증가 ${int(increments)}번 × 3단계 = ${int(steps)}단계: 인터리빙 ${int(total)}가지. ` +
    "여기에 나열하기에는 너무 많으니 `scheduleThreads`나 `scheduleIncrements`를 줄여라.",
  noSchedules: "나열된 스케줄이 없다.",
  schedulesLost: (total: number, lost: number, kept: number, expected: number, fraction: number) =>
    `**인터리빙 ${int(total)}가지 중 ${int(lost)}가지에서는 갱신이 사라지고, ${int(kept)}가지에서는 ${expected === 1 ? "갱신이 그대로" : expected === 2 ? "두 갱신이 모두" : `갱신 ${int(expected)}개가 모두`} 남는다**` +
    `(${josa(f.pct(fraction), "이/가")} 잃는다). 최종값별로 보면:`,
  unbroken: (unbroken: number, total: number, same: boolean) =>
    `**스케줄 ${int(total)}가지 중 ${int(unbroken)}가지가 모든 증가를 끊김 없이 실행하고**, ` +
    (same
      ? "그것이 바로 모든 갱신을 지키는 스케줄들이다."
      : "그것이 모든 갱신을 지키는 스케줄과 정확히 같지 않다. 알려 주기 바란다.") +
    " 락이 하는 일은 결국 나머지 스케줄을 모두 막는 것이다.",
  opcodes: (read: string, add: string, write: string) =>
    `\`${read}\`(읽기), \`${add}\`(더하기), \`${write}\`(쓰기)는 서로 다른 명령어이고, 그 사이에 다른 명령어들이 있다. ` +
    "읽기와 쓰기 사이의 전환은 우리 비동기 카운터의 `await`와 똑같다.",
  resume: "이 인터프리터는 호출에 들어갈 때 `RESUME`에서 전환 여부를 확인한다. 읽기 전이지, 읽기와 쓰기 사이가 아니다.",
  noOpcodes: (version: string) =>
    `${josa(`파이썬 ${version}`, "이/가")} 증가 연산을 디스어셈블했지만, 읽기·더하기·쓰기 명령어를 이름으로 찾지 못했다.`,
  pythonMissing: (python: string) => `*${josa(`\`${python}\``, "이/가")} 이 컴퓨터에 없다.* ${SKIPPED}`,
  pythonFailed: (python: string, reason: string) =>
    `*${josa(`\`${python}\``, "으로/로")} 책의 프로그램을 실행하지 못했다:* \`${reason.split("\n")[0]}\`. ${SKIPPED}`,
  lockedPyExact: (expected: number, py: Py) =>
    `**락을 쓴 프로그램은 ${on(py)} ${int(expected)}개를 모두 셌다.** 책에서처럼 락이 모든 갱신을 지켰다.`,
  lockedPyLost: (r: Lost, py: Py) =>
    `**락을 쓴 프로그램이 ${on(py)} ${lostOf(r)}.** 락이 그래서는 안 되니 알려 주기 바란다.`,
  unsafePyLost: (r: Lost, py: Py, book: Book) =>
    `**책의 락 없는 프로그램이 ${on(py)} ${lostOf(r)}.** 책의 실행도 그랬다. ${book.expected} 중 ${book.found}, ` +
    `곧 ${int(book.lost)}개를 잃었다.`,
  whyFreeThreaded: "이 파이썬에는 GIL이 없다. 스레드들이 우리 워커처럼 동시에 실행되었다.",
  whyEvenNew: "호출과 뒤로 가는 점프에서만 스레드를 전환하는 이 파이썬에서도 이번에는 증가 연산이 쪼개졌다.",
  whyOld: (release: string) =>
    `${josa(`파이썬 ${release}`, "은/는")} 어느 두 바이트코드 사이에서나 스레드를 전환할 수 있어서, \`+=\`를 읽기와 쓰기 사이에서 쪼갰다.`,
  unsafePyHidden: (py: Py) =>
    `**이번 실행은 ${on(py)} 아무것도 잃지 않았다. 경합은 고쳐진 것이 아니라 숨었다.** ` +
    "3.10부터 인터프리터는 호출이나 뒤로 가는 점프에서만 GIL을 다른 스레드에 넘기는데, " +
    "`self.count += offset`의 읽기와 쓰기 사이에는 둘 다 없다. 언어는 이에 대해 아무것도 약속하지 않는다.",
  unsafePyLucky: (py: Py) =>
    `**이번 실행은 ${on(py)} 아무것도 잃지 않았지만**, 운이 좋았을 뿐이다. 이 인터프리터는 \`+=\`를 쪼갤 수 있다. ` +
    "다시 실행하거나 `pythonHowMany`를 늘려 보라.",
  callPyLost: (seconds: number | null, r: Lost, py: Py) =>
    `**${on(py)} 읽기와 쓰기 사이에 호출을 넣고 ${interval(seconds)} 프로그램은 ${lostOf(r)}.** ` +
    "호출은 인터프리터가 스레드를 전환할 수 있는 지점이고, 경합이 돌아왔다.",
  callPyNone: (seconds: number | null, py: Py) =>
    `**${on(py)} 읽기와 쓰기 사이에 호출을 넣고 ${interval(seconds)} 이번에는 아무것도 잃지 않았다.** ` +
    (seconds === null || seconds >= 1e-3
      ? "전환이 그 틈에 떨어져야 하는데 그러지 않았다. 전환 간격을 줄이면 전환을 더 자주 요청한다."
      : "전환이 그 틈에 떨어져야 하는데, 이렇게 자주 요청해도 그러지 않았다."),
  noPythonRan: "이 노트북에서는 파이썬이 실행되지 않았다.",
  wasFreeThreaded: (release: string) =>
    `위의 ${josa(`파이썬 ${release}`, "은/는")} 프리 스레드 빌드다. 스레드들이 병렬로 실행되었다.`,
  hadGil: (release: string) =>
    `위의 파이썬 ${release}에는 GIL이 있다. 프리 스레드 빌드가 설치되어 있다면 이렇게 실행해 보라: ` +
    "`npm run export -- --python-command python3.13t`.",
};
