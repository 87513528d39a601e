/** 차트 제목, 축 제목, 범례, 레이블. */
import type { CounterKind } from "../../../engine/counters";
import { counters } from "./counters";
import { int } from "./format";

const GRADE: Record<string, string> = { acceptable: "허용", interesting: "주목", forbidden: "금지" };

/** 긴 목록은 앞의 몇 개와 나머지 개수만. */
const shortList = (items: readonly string[], first = 12): string =>
  items.length <= first ? items.join(", ") : `${items.slice(0, first).join(", ")} 외 ${int(items.length - first)}개`;

export const charts = {
  /** 차트의 대체 텍스트: 제목과 부제, 그리고 축, 계열, 항목. */
  alt: (c: {
    title: string;
    subtitle: string;
    axes: string[];
    legend: string[];
    labels: string[];
    values: string[];
  }): string =>
    [
      c.subtitle ? `${c.title} (${c.subtitle}).` : `${c.title}.`,
      c.axes.length > 0 ? `축: ${c.axes.join("; ")}.` : "",
      c.legend.length > 0 ? `계열: ${c.legend.join(", ")}.` : "",
      c.labels.length > 0 ? `항목: ${shortList(c.labels)}.` : "",
      c.values.length > 0 ? `값: ${c.values.join("; ")}.` : "",
    ]
      .filter(Boolean)
      .join(" "),

  /** 범례와 막대에 보이는 카운터 이름: counters.ts의 짧은 이름. */
  kind: (kind: CounterKind) => counters.label[kind],
  histogram: {
    title: "시행마다 사라진 갱신",
    subtitle: (threads: number, howMany: number, expected: number) =>
      `워커 ${int(threads)}개 × 증가 ${int(howMany)}번: 모든 시행이 ${int(expected)}까지 세어야 한다`,
    series: (kind: string, trials: number) => `${kind} (시행 ${int(trials)}번)`,
    x: "시행 한 번에 사라진 갱신",
    y: "시행 수",
  },
  eventLoop: {
    title: "스레드 하나에서 사라진 갱신",
    subtitle: (tasks: number, howMany: number, expected: number) =>
      `태스크 ${int(tasks)}개 × 증가 ${int(howMany)}번: 모든 카운터가 ${int(expected)}까지 세어야 한다`,
    y: "사라진 갱신",
  },
  lostLines: {
    median: (kind: string) => `${kind}: 중앙값`,
    band: (kind: string, quartiles: boolean) => `${kind}: ${quartiles ? "가운데 절반(사분위 범위)" : "최소–최대"}`,
    subtitle: (trials: number | undefined, quartiles: boolean) =>
      `선: ${trials === undefined ? "시행들" : `시행 ${int(trials)}번`}의 중앙값 · 띠: ${
        quartiles ? "시행의 가운데 절반(사분위 범위)" : "가장 적은 시행부터 가장 많은 시행까지"
      }`,
    workers: (threads: number) => `워커 ${int(threads)}개 · `,
    percentAxis: "사라진 갱신 (증가 횟수 대비 %)",
    workersTitle: "워커 수에 따른 갱신 손실",
    workersAxis: "워커 수 (같은 카운터를 증가시키는 스레드)",
    incrementsTitle: "워커당 증가 횟수에 따른 갱신 손실",
    incrementsAxis: "워커당 증가 횟수 (로그 눈금)",
  },
  cost: {
    title: "증가 한 번의 비용",
    subtitle: (threads: number, howMany: number, trials: number) =>
      `워커 ${int(threads)}개 × 증가 ${int(howMany)}번, 시행 ${int(trials)}번의 중앙값`,
    nsAxis: (log: boolean) => (log ? "증가 한 번당 ns (로그 눈금)" : "증가 한 번당 ns"),
    workers: "워커 수",
    counter: "카운터",
  },
  costGrowth: {
    title: "워커를 늘릴 때 증가 한 번의 비용",
    workers: "워커 수 (같은 카운터를 증가시키는 스레드)",
    /** 컴퓨터의 코어 수에 긋는 표시. */
    cores: (cores: number) => `코어 ${int(cores)}개`,
    subtitle: (trials: number | undefined, howMany: number | undefined, band: boolean) =>
      [
        `선: ${trials === undefined ? "시행들" : `시행 ${int(trials)}번`}의 중앙값`,
        band ? "띠: 가장 빠른 시행부터 가장 느린 시행까지" : "",
        howMany === undefined ? "" : `워커당 증가 ${int(howMany)}번`,
      ]
        .filter(Boolean)
        .join(" · "),
  },
  outcomes: {
    title: "관찰된 결과",
    series: "관찰 횟수",
    grade: (grade: string) => GRADE[grade] ?? grade,
    xDefault: "결과 (최종값)",
    yAxis: (log: boolean) => (log ? "관찰 횟수 (로그 눈금)" : "관찰 횟수"),
    /** One bar of the tiny race: the counter, then the final count it ended at. */
    tinyLabel: (kind: string, finalCount: string) => `${kind}: ${finalCount}`,
    tinyAxis: "카운터: 최종값",
    tinySubtitle: (repetitions: number, forbiddenSeen: number) =>
      `카운터마다 ${int(repetitions)}번 반복 · ${
        forbiddenSeen > 0 ? `실패: 금지된 결과가 ${int(forbiddenSeen)}번 나왔다` : "금지된 결과는 나오지 않았다"
      }`,
    subtitle: (samples: number, forbiddenSeen: number) =>
      `표본 ${int(samples)}개 · ${
        forbiddenSeen > 0 ? `실패: 금지된 결과가 ${int(forbiddenSeen)}번 나왔다` : "금지된 결과는 나오지 않았다"
      }`,
  },
  counts: {
    title: "시행마다 센 값",
    subtitle: (expected: number) => `모든 막대가 ${int(expected)}까지 닿아야 한다`,
    found: "센 값",
    lost: "잃은 갱신",
    yAxis: "카운터 값",
    lostLabel: (lost: number) => (lost === 0 ? "잃은 것 없음" : `${int(lost)}개 잃음`),
    trial: (n: number) => `시행 ${int(n)}`,
    pythonTitle: "CPython에서 책의 프로그램이 센 값",
    program: { unsafe: "책의 프로그램", locked: "락을 쓰는 것", "unsafe-with-call": "호출을 넣은 것" },
    fastSwitching: "호출 + 잦은 전환",
  },
  logScale: (title: string) => `${title} (로그 눈금)`,
};
