/**
 * `npm run race`가 찍는 내용: 도움말, 카운터마다 책의 문장 위에 붙는 머리말, 그리고 끝맺는 읽기
 * (narrate/closingReading.ts). 터미널은 마크다운을 보여 주지 않으므로 코드는 백틱으로 감싸고
 * 굵은 글씨는 쓰지 않는다.
 */
import type { CounterKind } from "../../../engine/counters";
import type { Comparison } from "../../compare";
import type { CounterChoice } from "../en/cli";
import { f, int } from "./format";
import { josa } from "./josa";

const ns = (v: number) => `${f.ns(v)} ns`;
/** "시행 한 번에서", "시행 3번 동안". */
const during = (trials: number) => (trials === 1 ? "한 번의 시행에서" : `시행 ${int(trials)}번 동안`);

/** 카운터가 증가 한 번에 하는 일: 도움말에서. 락 없는 카운터는 이름이 곧 설명이다. */
const HOW: Readonly<Record<CounterKind, string>> = {
  unsafe: "",
  locked: "증가마다 뮤텍스",
  atomic: "Atomics.add 한 번",
};

export const cli = {
  header: (name: string, threads: number, howMany: number, sensorWork: number, node: string, cores: number) =>
    `${name}, 워커 ${int(threads)}개 × 증가 ${int(howMany)}번` +
    (sensorWork > 0 ? `, 센서 읽기 ${int(sensorWork)}회` : "") +
    ` (Node ${node}, 코어 ${int(cores)}개)`,
  trial: (sentence: string, lost: number, fraction: number, ms: number) =>
    `${sentence}  (손실 ${int(lost)} = ${f.pct(fraction)}, ${f.ms(ms)} ms)`,

  // ---------------------------------------------------------------- 끝맺는 읽기
  someLost: (name: string, losing: number, trials: number, median: number, worst: number) =>
    trials === 1
      ? `${josa(name, "은/는")} 한 번의 시행에서 갱신의 ${josa(f.pct(worst), "을/를")} 잃었다.`
      : `${josa(name, "은/는")} 시행 ${int(trials)}번 중 ${int(losing)}번에서 갱신을 잃었다. ` +
        (median === 0
          ? `중앙값 시행은 하나도 잃지 않았고, 가장 많이 잃은 시행은 갱신의 ${josa(f.pct(worst), "을/를")} 잃었다.`
          : `중앙값 시행은 갱신의 ${josa(f.pct(median), "을/를")}, 가장 많이 잃은 시행은 ${josa(f.pct(worst), "을/를")} 잃었다.`),
  lockWould: (locked: string, command: string) =>
    `${josa(locked, "은/는")} 시간이 더 드는 대신 갱신을 하나도 잃지 않는다. 둘을 함께 실행해 보라: \`${command}\``,
  oneWorker: (name: string, trials: number, threads: number, command: string) =>
    `${josa(name, "은/는")} ${during(trials)} 갱신을 하나도 잃지 않았고, 워커가 하나뿐이면 잃을 수도 없다. ` +
    `읽기와 쓰기 사이에 끼어들어 쓰는 다른 워커가 없기 때문이다. 워커 ${int(threads)}개로 실행해 보라: \`${command}\``,
  oneCore: (name: string, trials: number, command: string) =>
    `${josa(name, "은/는")} ${during(trials)} 갱신을 하나도 잃지 않았다. 코어가 하나뿐이면 워커들은 같은 순간에 ` +
    "실행되지 못하고 차례를 나눠 실행되며, 갱신은 읽기와 쓰기 사이에서 차례가 끝날 때만 사라지는데 이 크기에서는 " +
    `그런 일이 드물다. 다른 일 없이 증가 연산만 수백만 번 하면 이 코어 하나에서도 일어난다: \`${command}\``,
  hid: (name: string, trials: number, cores: number, command: string) =>
    `${josa(name, "은/는")} ${during(trials)} 갱신을 하나도 잃지 않았다. 이 컴퓨터에는 코어가 ${int(cores)}개 있지만 ` +
    "워커들이 증가 연산 도중에 한 번도 겹치지 않았다. 다른 프로그램이 코어를 차지하고 있어 루프마다 제 차례 안에 " +
    "끝나면 이런 일이 생긴다. 경합이 사라진 것이 아니라 숨었을 뿐이다. 센서 읽기를 늘려 루프를 길게 하고 시행을 " +
    `늘리면 드러날 기회가 많아진다: \`${command}\``,
  exact: (
    name: string,
    trials: number,
    expected: number,
    nsPerIncrement: number,
    against?: { vs: Comparison; ns: number; name: string },
  ) =>
    `${josa(name, "은/는")} 갱신을 하나도 잃지 않았다. ` +
    (trials === 1 ? "한 번의 시행이 정확했고" : `시행 ${int(trials)}번이 모두 정확했고`) +
    `(${int(expected)} 중 ${int(expected)}), 증가 한 번에 ${josa(ns(nsPerIncrement), "이/가")} 들었다` +
    (against === undefined
      ? "(중앙값 시행의 시간을 증가 횟수로 나눈 값)."
      : against.vs === "more"
        ? `. 이번 실행에서 ${against.name}(${ns(against.ns)})의 ${josa(f.times(nsPerIncrement / against.ns), "이다/다")}.`
        : against.vs === "same"
          ? `. 이번 실행에서 ${josa(`${against.name}(${ns(against.ns)})`, "과/와")} 거의 같다.`
          : `. 이번 실행에서 ${against.name}(${ns(against.ns)})보다 적게 들었다.`),
  fixedLost: (name: string, losing: number, trials: number) =>
    `${josa(name, "은/는")} 시행 ${int(trials)}번 중 ${int(losing)}번에서 갱신을 잃었다. 버그이니 알려 주기 바란다.`,
  besideUnsafe: (unsafe: string, counters: number, command: string) =>
    `${josa(unsafe, "과/와")} 나란히 실행하면 ${counters === 1 ? "이 카운터가" : "이 카운터들이"} ` +
    `무엇을 지키고 시간이 얼마나 드는지 보인다: \`${command}\``,

  // ---------------------------------------------------------------- --help
  help: {
    what: (threads: number, howMany: number) =>
      `npm run race는 책의 데이터 경합을 터미널에서 보여 준다. 워커 ${int(threads)}개가 공유 카운터 하나에 ` +
      `1을 ${int(howMany)}번씩 더하는데, 락이 없으면 그 갱신 가운데 일부가 사라진다.`,
    usage: "사용법:",
    optionsWord: "[옵션]",
    options: "옵션:",
    examples: "예:",
    counter: (choices: readonly CounterChoice[], fallback: CounterKind) =>
      `워커들이 더할 카운터: ${choices.map((c) => `${c.kind}(${c.name}${HOW[c.kind] ? `: ${HOW[c.kind]}` : ""})`).join(", ")}. ` +
      `${choices
        .slice(0, 2)
        .map((c) => c.kind)
        .join(",")}처럼 여럿을 주면 차례로 실행하고 비교한다. 기본값 ${fallback}.`,
    threads: (fallback: number, min: number, max: number) =>
      `동시에 세는 워커 수. 기본값 ${int(fallback)}, ${int(min)}부터 ${int(max)}까지.`,
    howMany: (fallback: number, min: number, max: number, total: number) =>
      `워커 하나가 하는 증가 횟수. 기본값 ${int(fallback)}, ${int(min)}부터 ${int(max)}까지이며, ` +
      `워커 수 × 증가 횟수는 ${int(total)} 이하(카운터는 32비트 정수 하나다).`,
    sensorWork: (fallback: number, min: number, max: number) =>
      "증가마다 먼저 하는 산술 연산 횟수로, 책의 센서 읽기에 해당한다. 루프가 길어져 워커들의 차례가 더 많이 " +
      `뒤섞인다. 기본값 ${int(fallback)}, ${int(min)}부터 ${int(max)}까지.`,
    trials: (fallback: number, min: number, max: number) =>
      `카운터마다 경합을 실행하는 횟수. 기본값 ${int(fallback)}, ${int(min)}부터 ${int(max)}까지.`,
    json: "문장 대신 카운터마다 JSON 한 줄을 찍는다(그 모양은 README에 있다).",
    lang: (fallback: string, langs: readonly string[]) =>
      `실행 결과를 찍는 언어: ${langs.join(" 또는 ")}. 기본값 ${fallback}. ` +
      "잘못된 옵션은 어느 언어로 실행하든 영어 한 줄로 알려 준다.",
    join: "강의자의 수업에 참여한다. 강의의 경합을 이 컴퓨터에서 실행하고 결과를 보낸다(함께 쓸 수 있는 것은 --lang뿐).",
    help: "이 도움말.",
    raceExample: "책의 경합을 다섯 번 실행하고 끝에 읽어 준다",
    lockExample: "락: 모든 합계가 정확하고, 증가 한 번이 락 없는 카운터보다 얼마나 드는지 보여 준다",
    oneCoreExample: "코어 하나에서 경합이 드러나게 한 실행(리눅스의 taskset이 경합을 코어 0에 묶는다)",
    joinExample: "수업 페이지에 나온 주소로 강의자의 수업에 참여한다",
  },
};
