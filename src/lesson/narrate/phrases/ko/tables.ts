/** 표 제목과 머리글. */
import { counters } from "./counters";
import { f, int } from "./format";

export const tables = {
  timing: {
    trial: "시행",
    lastStart: "마지막 워커 시작 (ms)",
    counting: "세는 데 걸린 시간 (ms)",
    loop: "워커 한 개의 루프 (ms)",
    lost: "손실",
    median: "중앙값",
    caption: (threads: number, startUpMs: number) =>
      `워커 ${int(threads)}개, 첫 시행 전에 한 번 ${f.ms(startUpMs)} ms 걸려 띄움`,
  },
  costs: {
    counter: "카운터",
    ns: "증가 한 번당 ns",
    timesUnsafe: `${counters.name.unsafe} 대비`,
    lost: "사라진 갱신 (모든 시행)",
  },
  sweep: {
    workers: "워커",
    increments: "워커당 증가 횟수",
    medianLost: "손실 중앙값",
    trialsLost: "손실이 난 시행",
    lostOf: (losing: number, trials: number) => `${int(trials)}번 중 ${int(losing)}번`,
    lastStart: "마지막 워커 시작 (ms)",
    allDone: "모두 끝남 (ms)",
    loop: "워커 한 개의 루프 (ms)",
    workersCaption: (howMany: number, trials: number) =>
      `${counters.name.unsafe}, 워커당 증가 ${int(howMany)}번, 시행 ${int(trials)}번의 중앙값`,
    incrementsCaption: (threads: number, trials: number) =>
      `${counters.name.unsafe}, 워커 ${int(threads)}개, 시행 ${int(trials)}번의 중앙값`,
  },
  tiny: {
    counter: "카운터",
    finalCount: "최종값",
    times: "횟수",
    percent: "비율",
    grade: "등급",
    meaning: "뜻",
    meaningOf: (finalCount: number) =>
      finalCount === 2
        ? "두 갱신 모두 남음"
        : finalCount === 1
          ? "갱신 하나가 사라짐: 둘 다 0을 읽고 둘 다 1을 씀"
          : "불가능: 엔진이 망가졌음",
    caption: (repetitions: number, seconds: number) => `카운터마다 ${int(repetitions)}번 반복, ${f.seconds(seconds)}초`,
  },
  outcomes: {
    final: "최종값",
    lost: "사라진 갱신",
    count: "인터리빙 수",
  },
};
