/**
 * 인터리빙 단계 실행 도구: 위젯이 보여 주는 모든 말. 위젯의 틀은 src/lesson/show/stepper/stepper.ts가
 * 쓰고, 학생이 실행하면서 바뀌는 말은 위젯의 스크립트 안에서 도는 단계 실행 도구의 내레이터
 * (src/lesson/narrate/stepper.ts)가 한다.
 */
import type { LockWord, NamedLockEvent, StepKind } from "../../../analysis/interleavings";
import { int } from "./format";
import { josa } from "./josa";

type Kind = "lock" | StepKind | "unlock";
const STEP = { lock: "락", read: "읽기", add: "더하기", write: "쓰기", unlock: "해제" } as const;
const STATE = ["잠기지 않음", "잠김", "잠김, 누군가 기다릴 수 있음"] as const;

/** 한 번, 두 번, 3번: 영어판이 once, twice, 3 times라고 쓰는 그대로. */
const times = (n: number) => (n === 1 ? "한 번" : n === 2 ? "두 번" : `${int(n)}번`);

/** "B", "B와 C", "A, B와 C": 마지막 이름 앞에 과/와. */
const and = (names: readonly string[]) =>
  names.length <= 1
    ? names.join("")
    : `${names
        .slice(0, -2)
        .map((n) => `${n}, `)
        .join("")}${josa(names.at(-2)!, "과/와")} ${names.at(-1)!}`;

export const stepper = {
  title: (workers: number, locked: boolean) =>
    locked
      ? `락을 상대로: 워커 ${int(workers)}개가 각각 락 → 읽기 → 더하기 → 쓰기 → 해제를 한 번씩`
      : `스케줄러가 되어 보자: 워커 ${int(workers)}개가 각각 읽기 → 더하기 → 쓰기를 한 번씩`,
  hint: (keys: readonly string[]) =>
    `워커를 누르거나 ${keys.join(", ")} 키를 눌러 다음 단계를 실행한다. R 키는 처음부터 다시. 아니면 스케줄을 재생해 보자:`,
  worker: (name: string) => `워커 ${name}`,
  register: "레지스터",
  count: "공유 카운터",
  lockWord: "락 워드",
  /** 락 워드 값의 뜻. */
  wordState: (word: LockWord): string => STATE[word],
  /** 락을 쥔 워커와 락에서 자는 워커. */
  lockHolder: (holder: string | null, sleeping: readonly string[]) =>
    (holder === null ? "아무도 쥐지 않았다" : `${josa(holder, "이/가")} 쥐고 있다`) +
    (sleeping.length > 0 ? `. ${josa(and(sleeping), "이/가")} 잔다` : ""),
  empty: "–",
  step: (kind: Kind): string => STEP[kind],
  /** 단계 버튼: 키, 그리고 워커가 다음에 할 일. */
  next: (kind: Kind | null): string => (kind === null ? "끝" : STEP[kind]),
  /** 락에서 자는 워커의 버튼. */
  waits: (holder: string) => `${josa(holder, "을/를")} 기다림`,
  stepLabel: (name: string, kind: Kind | null) =>
    kind === null ? `${josa(`워커 ${name}`, "은/는")} 끝났다` : `워커 ${name} 실행: ${STEP[kind]} (키 ${name})`,
  waitsLabel: (name: string, holder: string) =>
    `${josa(`워커 ${name}`, "은/는")} 기다린다: ${josa(holder, "이/가")} 락을 쥐고 있다 (키 ${name})`,
  /** 기록 한 줄: 읽기, 더하기, 쓰기가 한 일. */
  effect: (name: string, kind: StepKind, value: number, erased: { thread: string; count: number } | null) =>
    kind === "read"
      ? `${josa(name, "이/가")} ${josa(value, "을/를")} 읽는다`
      : kind === "add"
        ? `${josa(name, "이/가")} 레지스터에서 1을 더한다 → ${int(value)}`
        : erased
          ? `${josa(name, "이/가")} ${josa(erased.thread, "이/가")} 쓴 ${int(erased.count)} 위에 ${josa(value, "을/를")} 쓴다`
          : `${josa(name, "이/가")} ${josa(value, "을/를")} 쓴다`,
  /** 기록 한 줄: 락을 잡거나 놓는 단계가 락 워드에 한 일. */
  lockEffect: (name: string, e: NamedLockEvent) => {
    const word = `락 워드 ${int(e.before)} → ${int(e.after)}`;
    const who = josa(name, "이/가");
    if (e.outcome === "released") {
      const woke =
        e.woke !== null ? `, ${josa(e.woke, "을/를")} 깨운다` : e.before === 2 ? ", 아무도 깨우지 않는다" : "";
      return `${who} 락을 놓는다: ${word}${woke}`;
    }
    if (e.outcome === "took") return e.woken ? `${who} 깨어나 락을 잡는다: ${word}` : `${who} 락을 잡는다: ${word}`;
    // 자는 쪽은 은/는으로: "B는 A가 쥔 락을 만난다"처럼 이/가가 겹치지 않게.
    const sleeper = josa(name, "은/는");
    const holder = josa(e.holder ?? "?", "이/가");
    return e.woken
      ? `${sleeper} 깨어났지만 ${holder} 먼저 잡았다: ${word}, 다시 잔다`
      : `${sleeper} ${holder} 쥔 락을 만난다: ${word}, 잔다`;
  },
  /** 락에서 자는 워커의 키나 버튼: 아무것도 실행되지 않는다. */
  refused: (name: string, holder: string) =>
    `${josa(name, "은/는")} 기다린다: ${josa(holder, "이/가")} 락을 쥐고 있다. 다른 워커만 단계를 실행할 수 있다.`,
  /** 갱신을 잃는 쓰기에 붙는 표시. */
  lost: (erased: { thread: string; count: number }) => `${erased.thread}의 갱신이 사라졌다`,
  order: "스케줄",
  reset: "처음부터",
  replay: (order: string) => `스케줄 ${order} 재생`,
  random: "무작위 스케줄",
  keepAll: (workers: number) =>
    workers === 2 ? "둘 다 지키는 스케줄 보기" : `${int(workers)}개를 모두 지키는 스케줄 보기`,
  /** 마지막 말: 카운터가 갱신을 몇 개 지켰나. */
  summary: (kept: number, total: number) =>
    kept === total
      ? `끝: 카운터는 ${josa(kept, "이다/다")}. 갱신 ${int(total)}개를 모두 지켰다.`
      : `끝: 카운터는 ${josa(total, "이/가")} 아니라 ${josa(kept, "이다/다")}. 갱신 ${int(total)}개 중 ${int(kept)}개를 지키고 ${int(total - kept)}개를 잃었다.`,
  /** 락이 있는 실행의 마지막 말: 갱신을 모두 지켰고, 누가 락을 기다렸나. */
  lockedSummary: (kept: number, total: number, waited: readonly { name: string; times: number }[]) =>
    kept !== total
      ? `끝: 락이 있는데도 카운터는 ${josa(total, "이/가")} 아니라 ${josa(kept, "이다/다")}. 락이 고장 났다.`
      : `끝: 카운터는 ${josa(kept, "이다/다")}. 갱신 ${int(total)}개를 모두 지켰고, ` +
        (waited.length === 0
          ? "아무도 기다리지 않았다. 워커마다 락이 풀려 있었다."
          : `락 때문에 ${waited.map((w) => `${josa(w.name, "이/가")} ${times(w.times)}`).join(", ")} 기다렸다.`),
  challenges: "도전 과제",
  /** 위젯 아래 목록에 보이는 도전 과제. */
  goal: {
    "lose-one": (workers: number) =>
      workers === 2 ? "워커 2개가 갱신을 1개만 지키게 해 보자." : `갱신 ${int(workers)}개 중 정확히 1개를 잃어 보자.`,
    "lose-two": (workers: number) => `워커 ${int(workers)}개로 갱신을 정확히 2개 잃어 보자.`,
    "keep-all": (workers: number) =>
      workers === 2 ? "락 없이 갱신 2개를 모두 지켜 보자." : `락 없이 갱신 ${int(workers)}개를 모두 지켜 보자.`,
    "lock-lose": () => "갱신을 하나 잃어 보자.",
  },
  /** 달성한 도전 과제의 표시: 달성한 스케줄. */
  metBy: (schedule: string) => `✓ ${josa(`\`${schedule}\``, "으로/로")} 달성`,
  /** 도전 과제를 달성했을 때의 판정. */
  verdict: {
    lost: (schedule: string, kept: number, total: number) =>
      `${josa(`\`${schedule}\``, "은/는")} 갱신 ${int(total)}개 중 ${int(kept)}개를 지키고 ${int(total - kept)}개를 잃는다.`,
    keptAll: (schedule: string, total: number) =>
      `${josa(`\`${schedule}\``, "은/는")} 갱신 ${int(total)}개를 모두 지킨다. ` +
      "워커마다 읽기, 더하기, 쓰기를 다른 단계 없이 이어서 했다. 락 없이 모두 지키는 길은 이것뿐이다.",
    /** 한 워커가 락을 쥔 동안 다른 워커를 모두 실행해 보았다: 어떤 스케줄도 갱신을 잃지 않는 까닭. */
    noLoss: (holder: string, tried: readonly string[]) =>
      `${josa(holder, "이/가")} 락을 쥔 동안 ${josa(and(tried), "을/를")} 실행해 보았지만 기다릴 수밖에 없었다. ` +
      `락을 잡고 놓기 전까지는 ${holder}만 읽고 쓸 수 있으므로, ${holder}의 읽기와 쓰기 사이에 어떤 쓰기도 끼어들 수 없다. 그래서 어떤 스케줄도 갱신을 잃지 않는다.`,
  },
  noScript: "이 단계 실행 도구는 브라우저에서 실행된다. 셀을 실행하면(또는 노트북을 신뢰하면) 직접 해 볼 수 있다.",
};
