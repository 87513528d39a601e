/** 1장: 경합. */
import { f, int } from "./format";
import { josa } from "./josa";

export const race = {
  someLost: (losing: number, trials: number, worst: number) =>
    `**시행 ${int(trials)}번 중 ${int(losing)}번에서 갱신이 사라졌다.** 가장 많이 잃은 시행은 ${josa(f.pct(worst), "을/를")} 잃었다. ` +
    "책은 500000이 나와야 할 자리에 404231을 찍었다. 언어만 다를 뿐 같은 버그다.",
  noneLost: (trials: number, cores: number) =>
    `**이번에는 시행 ${int(trials)}번 모두 갱신을 잃지 않았다.** ` +
    `이 기계에는 코어가 ${int(cores)}개 있지만, 이번 실행에서는 워커들이 증가 연산 도중에 겹치지 않았다. ` +
    "경합이 사라진 것이 아니라 숨었을 뿐이다. 셀을 다시 실행하거나 `howMany`를 늘려 보라.",
  noneLostOneCore: (trials: number) =>
    `**이번에는 시행 ${int(trials)}번 모두 갱신을 잃지 않았다.** ` +
    "코어가 하나뿐이면 워커들은 결코 같은 순간에 실행되지 않는다. 읽기와 쓰기 사이에서 타임 슬라이스가 끝날 때만 " +
    "갱신이 사라질 수 있는데, 이번에는 그런 일이 없었다. 셀을 다시 실행하거나 `howMany`를 늘려 보라.",
  schedules: (steps: number, total: number, lost: number, kept: number) =>
    `**${int(steps)}단계를 섞는 방법 ${int(total)}가지 중 ${int(lost)}가지는 갱신을 잃고, ${int(kept)}가지만 모두 지킨다.**`,
  barrier: (skewMs: number, countingMs: number, overlapped: boolean) =>
    `중앙값 시행에서 마지막 워커는 출발 신호 ${f.fixed(skewMs, 2)} ms 뒤에 시작했고, ` +
    `세는 데는 모두 ${f.fixed(countingMs, 2)} ms가 걸렸다. ` +
    (overlapped
      ? "워커들은 그 시간 대부분을 나란히 세며 보냈고, 갱신은 바로 그때 사라진다."
      : "워커들이 겹친 것은 그중 일부뿐이다. 마지막 워커가 늦게 시작할수록 경합은 줄어든다."),
};
