/** 읽기, 더하기, 쓰기 단계로 본 스케줄 (락이 있으면 락 잡기와 해제도). */
import type { NamedLockEvent, ScheduleStep } from "../../../analysis/interleavings";
import { int } from "./format";
import { josa } from "./josa";

const STEP = { read: "읽기", add: "더하기", write: "쓰기" } as const;

/** 락을 잡거나 놓는 단계와 락 워드의 변화: "락을 잡는다: 락 워드 0 → 1". */
const lockAction = (l: NamedLockEvent): string => {
  const word = `락 워드 ${int(l.before)} → ${int(l.after)}`;
  if (l.outcome === "released") {
    if (l.woke !== null) return `락을 놓는다: ${word}, ${josa(l.woke, "을/를")} 깨운다`;
    return l.before === 2 ? `락을 놓는다: ${word}, 자는 워커가 없어 아무도 깨우지 않는다` : `락을 놓는다: ${word}`;
  }
  if (l.outcome === "took") return l.woken ? `깨어나 락을 잡는다: ${word}` : `락을 잡는다: ${word}`;
  return l.woken
    ? `깨어났지만 ${josa(l.holder ?? "?", "이/가")} 먼저 락을 잡았다: ${word}, 다시 잔다`
    : `${josa(l.holder ?? "?", "이/가")} 쥔 락을 만난다: ${word}, 잔다`;
};

export const schedules = {
  step: (kind: "read" | "add" | "write") => STEP[kind],
  /** 스케줄의 한 단계가 한 일. */
  action: (s: Pick<ScheduleStep, "kind" | "value" | "erased" | "lock">) =>
    s.lock
      ? lockAction(s.lock)
      : s.kind === "read"
        ? `${josa(s.value, "을/를")} 읽는다`
        : s.kind === "add"
          ? `레지스터에서 1을 더한다 → ${int(s.value)}`
          : s.erased
            ? `${josa(s.erased.thread, "이/가")} 쓴 ${int(s.erased.count)} 위에 ${josa(s.value, "을/를")} 쓴다: ${s.erased.thread}의 갱신이 사라진다`
            : `${josa(s.value, "을/를")} 쓴다`,
  stepsHeaders: { step: "단계", thread: "스레드", action: "동작", count: "카운터" },
  stepsCaption: (order: string) => `스케줄 ${order}`,
  listHeaders: { final: "최종값", lost: "손실" },
  listCaption: (threads: number, increments: number) =>
    `스레드 ${int(threads)}개 × 증가 ${int(increments)}번의 스케줄 (강조된 행: 갱신 하나가 사라짐)`,
  notShown: (n: number) => `나머지 인터리빙 ${int(n)}개는 생략`,
};
