/** 인터리빙 스테퍼: 위젯이 보여 주는 모든 말 (src/lesson/show/stepper/stepper.ts가 미리 렌더링한다). */
import { int } from "./format";
import { josa } from "./josa";

type Kind = "read" | "add" | "write";
const STEP = { read: "읽기", add: "더하기", write: "쓰기" } as const;

export const stepper = {
  title: (workers: number) => `스케줄러가 되어 보자: 워커 ${int(workers)}개가 각각 읽기 → 더하기 → 쓰기를 한 번씩`,
  hint: (keys: readonly string[]) =>
    `워커를 누르거나 ${keys.join(", ")} 키를 눌러 다음 단계를 실행한다. 아니면 스케줄을 다시 재생해 보자:`,
  worker: (name: string) => `워커 ${name}`,
  register: "레지스터",
  count: "공유 카운터",
  empty: "–",
  step: (kind: Kind): string => STEP[kind],
  /** 단계 버튼: 키, 그리고 워커가 다음에 할 일. */
  next: (kind: Kind | null): string => (kind === null ? "끝" : STEP[kind]),
  stepLabel: (name: string, kind: Kind | null) =>
    kind === null ? `${josa(`워커 ${name}`, "은/는")} 끝났다` : `워커 ${name} 실행: ${STEP[kind]} (키 ${name})`,
  /** 기록 한 줄: 그 단계가 한 일. */
  effect: (name: string, kind: Kind, value: number, erased: { thread: string; count: number } | null) =>
    kind === "read"
      ? `${josa(name, "이/가")} ${josa(value, "을/를")} 읽는다`
      : kind === "add"
        ? `${josa(name, "이/가")} 레지스터에서 1을 더한다 → ${int(value)}`
        : erased
          ? `${josa(name, "이/가")} ${josa(erased.thread, "이/가")} 쓴 ${int(erased.count)} 위에 ${josa(value, "을/를")} 쓴다`
          : `${josa(name, "이/가")} ${josa(value, "을/를")} 쓴다`,
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
  noScript: "이 스테퍼는 브라우저에서 실행된다. 셀을 실행하면(또는 노트북을 신뢰하면) 직접 해 볼 수 있다.",
};
