/** 1장: 경합. */
import type { LoopsLength } from "../../timeSlice";
import type { Book } from "../../book";
import { codeNumber } from "../../numbers";
import { f, int } from "./format";
import { josa } from "./josa";

/** "시행 5번 모두 갱신을 잃지 않았다", 시행이 하나면 "이번 시행은 갱신을 잃지 않았다". */
const noneOf = (trials: number) =>
  trials === 1
    ? "**이번 시행은 갱신을 하나도 잃지 않았다.**"
    : `**이번에는 시행 ${int(trials)}번 모두 갱신을 하나도 잃지 않았다.**`;

const ms = (v: number) => `${f.ms(v)} ms`;

const SLICE = "스케줄러의 타임 슬라이스(한 스레드가 코어를 내주기 전까지 실행되는 몇 밀리초)";

export const race = {
  someLost: (losing: number, trials: number, worst: number, book: Book) =>
    `**시행 ${int(trials)}번 중 ${int(losing)}번에서 갱신이 사라졌다.** 가장 많이 잃은 시행은 ${josa(f.pct(worst), "을/를")} 잃었다. ` +
    `책은 ${josa(String(book.expected), "이/가")} 나와야 할 자리에 ${josa(String(book.found), "을/를")} 찍었다. 언어만 다를 뿐 같은 버그다.`,
  noneLost: (trials: number, cores: number) =>
    `${noneOf(trials)} ` +
    `이 컴퓨터에는 코어가 ${int(cores)}개 있지만, 이번 실행에서는 워커들이 증가 연산 도중에 한 번도 겹치지 않았다. ` +
    "다른 프로그램이 코어를 차지하고 있으면 이런 일이 생긴다. " +
    "경합이 사라진 것이 아니라 숨었을 뿐이다. 셀을 다시 실행하거나, 워커의 루프가 더 오래 걸리도록 `sensorWork`나 `howMany`를 늘려 보라.",
  noneLostOneWorker: (trials: number) =>
    `${noneOf(trials)} ` +
    "워커가 하나뿐이면 잃을 것이 없다. 읽기와 쓰기 사이에 끼어들어 쓰는 다른 워커가 없기 때문이다. " +
    "매개변수 셀에서 `threads`를 2 이상으로 바꾸고 다시 실행해 보라.",
  noneLostOneCore: (trials: number, howMany: number, sensorWork: number) =>
    `${noneOf(trials)} ` +
    "코어가 하나뿐이면 워커들은 같은 순간에 실행되지 못하고 차례를 나눠 실행된다. 갱신은 읽기와 쓰기 사이에서 " +
    "차례가 끝날 때만 사라진다. 차례 하나는 몇 밀리초이고 증가 연산 하나가 읽기와 쓰기 사이에 머무는 시간은 " +
    "몇 나노초뿐이어서, 다른 일 없이 증가 연산만 수백만 번 하지 않는 한 차례가 그 사이에서 끝나는 일은 드물다. " +
    `매개변수 셀에서 \`howMany: ${codeNumber(howMany)}\`, ${josa(`\`sensorWork: ${codeNumber(sensorWork)}\``, "으로/로")} 바꾸고 다시 실행해 보라. ` +
    "루프마다 증가 연산만으로 여러 차례에 걸치게 되어 갱신이 사라진다.",
  schedules: (steps: number, total: number, lost: number, kept: number) =>
    `**${int(steps)}단계를 늘어놓는 순서 ${int(total)}가지 중 ${int(lost)}가지에서는 갱신이 사라지고, ` +
    `${int(kept)}가지에서만 모든 갱신이 남는다.**`,
  loop: (
    howMany: number,
    sensorWork: number,
    loop: { median: number; min: number; max: number },
    length: LoopsLength,
    cores: number,
  ) =>
    `워커의 루프(증가 연산 ${int(howMany)}번` +
    (sensorWork > 0 ? `, 증가마다 먼저 센서를 읽는다: 산술 연산 ${int(sensorWork)}회` : "") +
    `)는 첫 증가부터 마지막 증가까지 ${josa(ms(loop.median), "이/가")} 걸렸다. ` +
    "시행마다 루프 길이가 가운데인 워커를 골라 시행들의 중앙값을 낸 것이다. " +
    (length === "short"
      ? `모든 시행에서 이 루프는 ${SLICE}보다 짧았다. 워커는 한 차례 안에 루프 전체를 끝낼 수 있으므로, ` +
        "다른 프로그램들이 코어를 바쁘게 쓰고 있으면 워커들이 그저 하나씩 차례로 실행되어 아무것도 잃지 않을 수 있다."
      : length === "long"
        ? `모든 시행에서 이 루프는 ${SLICE}보다 길었다. 어떤 워커도 한 차례 안에 끝나지 못하므로 워커들의 차례가 ` +
          (cores < 2
            ? "하나뿐인 코어 위에서 뒤섞이고, 읽기와 쓰기 사이에서 끝나는 차례가 갱신을 잃게 한다."
            : "주어진 코어들 위에서 뒤섞이고, 두 워커가 서로 다른 코어에서 동시에 실행되면 갱신이 사라질 수 있다.")
        : length === "about"
          ? `모든 시행에서 이 루프는 ${SLICE}와 비슷했다. 어떤 루프는 한 차례 안에 끝나고, 어떤 루프는 여러 차례로 나뉜다.`
          : length === "aboutOrLonger"
            ? `${SLICE}에 견주면, 루프가 ${ms(loop.min)}에서 ${ms(loop.max)}까지 걸려 한 차례쯤이거나 그보다 길었다. ` +
              "한 차례쯤인 루프는 그 안에 끝날 수도 둘로 나뉠 수도 있고, 더 긴 루프는 여러 차례로 나뉜다."
            : length === "aboutOrShorter"
              ? `${SLICE}에 견주면, 루프가 ${ms(loop.min)}에서 ${ms(loop.max)}까지 걸려 한 차례쯤이거나 그보다 짧았다. ` +
                "짧은 루프는 한 차례 안에 통째로 실행될 수 있고, 한 차례쯤인 루프는 둘로 나뉠 수도 있다."
              : `${SLICE}에 견주면 시행마다 달랐다. 루프가 ${ms(loop.min)}에서 ${ms(loop.max)}까지 걸려서, ` +
                "어떤 시행에서는 워커가 한 차례 안에 끝날 수 있었고 어떤 시행에서는 루프가 여러 차례로 나뉘었다."),
  barrier: (skewMs: number, countingMs: number) =>
    `시행들의 중앙값으로 보면, 마지막 워커는 배리어가 열리고 ${ms(skewMs)} 뒤에 시작했고, ` +
    `세는 데는 모두 ${josa(ms(countingMs), "이/가")} 걸렸다.`,
  barrierOneCore: "코어가 하나뿐이므로 워커들은 같은 순간에 센 적이 없다. 차례를 나눠 셌다.",
  barrierTakeTurns: (threads: number, cores: number) =>
    `워커 ${int(threads)}개가 코어 ${int(cores)}개를 나눠 썼으므로, 어느 순간에도 많아야 ${int(cores)}개만 셌고 ` +
    "나머지는 차례를 기다렸다.",
  barrierTogether:
    "모든 시행에서 전형적인 루프가 절반도 지나기 전에 모든 워커가 시작했고, 코어가 워커마다 하나씩 있으니 대부분의 시간 동안 " +
    "나란히 셀 수 있었다. 갱신은 바로 그때 사라진다.",
  barrierLate:
    "모든 시행에서 마지막 워커는 전형적인 루프가 절반 넘게 지난 뒤에야 시작했으므로, 워커들이 겹친 것은 그중 일부뿐이다. " +
    "마지막 워커가 늦게 시작할수록 경합은 줄어든다.",
  barrierMixed: (together: number, trials: number) =>
    `시행 ${int(trials)}번 중 ${int(together)}번은 전형적인 루프가 절반도 지나기 전에 모든 워커가 시작해서, ` +
    "워커마다 코어를 하나씩 차지하고 대부분의 시간 동안 나란히 셀 수 있었다. 나머지 시행에서는 마지막 워커가 더 늦게 " +
    "시작해서 워커들이 그중 일부 동안만 겹쳤다.",
  startUp: (threads: number, startMs: number, loopMs: number, vs: "longer" | "about" | "shorter") =>
    `워커 ${int(threads)}개를 띄우는 데는 첫 시행 전에 한 번 ${josa(ms(startMs), "이/가")} 걸렸다. ` +
    (vs === "longer"
      ? `이는 모든 시행에서 워커 하나의 루프 전체(중앙값 ${ms(loopMs)})보다 길다. 하나씩 차례로 띄웠다면 ` +
        "마지막 워커가 시작하기도 전에 첫 워커가 끝났을 것이다. 배리어는 워커들을 한꺼번에 풀어 준다."
      : vs === "shorter"
        ? `이는 모든 시행에서 워커 하나의 루프(중앙값 ${ms(loopMs)})보다 짧다. 하나씩 차례로 띄웠어도 ` +
          "루프의 일부 동안은 겹쳤겠지만, 배리어 덕분에 대부분의 시간 동안 겹친다."
        : `이는 워커 하나의 루프(중앙값 ${ms(loopMs)})와 비슷해서, 어떤 시행의 루프보다는 길고 어떤 시행의 루프보다는 짧다. ` +
          "하나씩 차례로 띄웠다면 루프가 겹치는 시간은 얼마 되지 않았을 것이다. 배리어는 워커들을 한꺼번에 풀어 준다."),
};
