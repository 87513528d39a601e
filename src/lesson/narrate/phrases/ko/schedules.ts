/** 읽기, 더하기, 쓰기 단계로 본 스케줄. */
import { int } from "./format";
import { josa } from "./josa";

const STEP = { read: "읽기", add: "더하기", write: "쓰기" } as const;

export const schedules = {
  step: (kind: "read" | "add" | "write") => STEP[kind],
  /** 스케줄의 한 단계가 한 일. */
  action: (s: { kind: "read" | "add" | "write"; value: number; erased?: { thread: string; count: number } }) =>
    s.kind === "read"
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
