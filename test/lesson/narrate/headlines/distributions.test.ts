// Part 3's headlines, every branch, by their exact words in English and their branch in Korean;
// each trend made in every shape (rising, falling, flat, mixed, and nothing lost).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LossPicture } from "../../../../src/lesson/analysis/lossPicture";
import {
  costGrowthHeadline,
  distributionsQuestion,
  histogramHeadline,
  incrementsHeadline,
  lossHeadline,
  tinyHeadline,
  wholeLoopsHeadline,
  workersHeadline,
} from "../../../../src/lesson/narrate/headlines/distributions";
import { EN } from "../../../helpers/fabricate";
import { hist, point, sizes, tiny, workers } from "../../../helpers/sweeps";

const KO = { ...EN, lang: "ko" as const };

describe("distributionsQuestion", () => {
  it("from the fewest to the most lost; each the same; none lost", () => {
    assert.equal(
      distributionsQuestion(EN, hist([0, 48_229, 12])),
      "3 trials of one race lost from 0 to 48,229 updates: what decides how many?",
    );
    assert.equal(
      distributionsQuestion(EN, hist([7, 7])),
      "2 trials of one race each lost 7 updates: will the next one?",
    );
    assert.equal(
      distributionsQuestion(EN, hist([0, 0])),
      "2 trials of one race, and not one lost an update: where did the race go?",
    );
    assert.match(
      distributionsQuestion(KO, hist([0, 48_229])),
      /^같은 경합을 2번 돌리자 잃은 갱신이 0개에서 48,229개까지/,
    );
  });
});

describe("histogramHeadline", () => {
  it("losing trials, and the fixed counters exact or not", () => {
    assert.equal(
      histogramHeadline(EN, hist([0, 5, 9])),
      "2 of 3 unsafe trials lost updates; the atomic and locked counters lost none",
    );
    assert.equal(
      histogramHeadline(EN, hist([0, 0], [0, 3])),
      "None of 2 unsafe trials lost an update this time; a counter that must be exact lost updates: a bug to report",
    );
    assert.equal(
      histogramHeadline(KO, hist([1])),
      "락 없는 카운터의 시행 1번 중 1번이 갱신을 잃었다. 원자적 카운터와 락을 쓰는 카운터는 하나도 잃지 않았다",
    );
  });
});

describe("lossHeadline", () => {
  const picture = (lost: number, erased: number[]) =>
    ({ lost, staleWrites: erased.map((e) => ({ erased: e })) }) as unknown as LossPicture;
  it("the largest stale write as the chart marks it; nothing lost; a loss no fall showed", () => {
    assert.equal(lossHeadline(EN, picture(48_229, [12_345, 10])), "One stale write erased 12,345 updates at once");
    assert.equal(lossHeadline(EN, picture(0, [])), "This traced trial lost nothing: no write fell back");
    assert.equal(lossHeadline(EN, picture(3, [])), "Updates were lost, but no worker saw its count fall back");
    assert.equal(lossHeadline(KO, picture(48_229, [12_345])), "낡은 쓰기 한 번이 갱신 12,345개를 한꺼번에 지웠다");
  });
});

describe("workersHeadline", () => {
  const sweep = (...medians: number[]) =>
    workers(medians.map((m, i) => ({ ...point(2 ** i, [m]), medianLostFraction: m })));
  it("reads every worker count: rising, falling, flat, mixed, none", () => {
    assert.equal(
      workersHeadline(EN, sweep(0, 0.1, 0.2, 0.3)),
      "More workers lost more: the median loss rose as workers went from 1 to 8",
    );
    assert.equal(
      workersHeadline(EN, sweep(0.3, 0.2, 0.15, 0.1)),
      "More workers lost less: the median loss fell as workers went from 1 to 8",
    );
    assert.equal(
      workersHeadline(EN, sweep(0.2, 0.21, 0.2)),
      "From 1 to 4 workers, the median loss stayed about the same",
    );
    assert.equal(
      workersHeadline(EN, sweep(0.1, 0.4, 0.05, 0.3)),
      "From 1 to 8 workers, the median loss rose and fell: no steady trend",
    );
    assert.equal(
      workersHeadline(EN, sweep(0, 0, 0)),
      "No worker count from 1 to 4 lost an update: the bare loop hid the race",
    );
    assert.equal(
      workersHeadline(KO, sweep(0.1, 0.4, 0.05)),
      "워커 1개부터 4개까지 손실의 중앙값이 오르내렸다: 한결같은 흐름은 없다",
    );
  });

  it("every median zero, yet some trials lost: named where the most did, not 'no worker count lost'", () => {
    const rare = workers([
      { ...point(1, [0, 0, 0]) },
      { ...point(2, [0, 0.2, 0]) },
      { ...point(4, [0.1, 0, 0]) },
      { ...point(8, [0, 0, 0]) },
    ]);
    assert.equal(
      workersHeadline(EN, rare),
      "From 1 to 8 workers the median loss was 0, yet at 4 workers 1 of 3 trials lost updates",
    );
    assert.equal(
      workersHeadline(KO, rare),
      "워커 1개부터 8개까지 손실의 중앙값은 0이었지만, 워커 4개에서는 시행 3번 중 1번이 갱신을 잃었다",
    );
  });

  it("a rise after two or more counts whose median lost nothing says where the zeros end", () => {
    assert.equal(
      workersHeadline(EN, sweep(0, 0, 0.2, 0.3)),
      "More workers lost more: the median loss was 0 up to 2 workers and rose from there to 8",
    );
    assert.equal(
      workersHeadline(KO, sweep(0, 0, 0.2, 0.3)),
      "워커가 많을수록 더 많이 잃었다: 손실의 중앙값은 워커 2개까지 0이었고, 그 뒤 8개까지 늘었다",
    );
  });

  it("a rise that stepped back within the tolerance is a rise 'overall', never 'more workers lost more'", () => {
    // 44.6% then 42.7%: within a tenth, so the trend rises; but not at every step.
    assert.equal(
      workersHeadline(EN, sweep(0, 0.446, 0.427, 0.47)),
      "From 1 to 8 workers the median loss rose overall, though not at every step",
    );
    assert.equal(
      workersHeadline(KO, sweep(0, 0.446, 0.427, 0.47)),
      "워커 1개부터 8개까지 손실의 중앙값은 전체로 늘었지만, 단계마다 는 것은 아니다",
    );
    assert.equal(
      workersHeadline(EN, sweep(0.3, 0.2, 0.2, 0.1)),
      "From 1 to 8 workers the median loss fell overall, though not at every step",
    );
  });

  it("a rise that stops at the top end is not 'more workers lost more' when it falls in between", () => {
    assert.match(workersHeadline(EN, sweep(0.1, 0.5, 0.2, 0.6)), /rose and fell/);
  });
});

describe("incrementsHeadline", () => {
  const sweep = (...medians: number[]) =>
    sizes(medians.map((m, i) => [10 ** (i + 2), [m], 1, 0] as [number, number[], number, number]));
  it("reads every loop length: rising, falling, flat, mixed, none", () => {
    assert.equal(
      incrementsHeadline(EN, sweep(0, 0.01, 0.3)),
      "Longer loops lost more: the median loss rose as loops grew from 100 to 10,000 increments",
    );
    assert.equal(
      incrementsHeadline(EN, sweep(0.3, 0.1)),
      "Longer loops lost less: the median loss fell as loops grew from 100 to 1,000 increments",
    );
    assert.equal(
      incrementsHeadline(EN, sweep(0.2, 0.2)),
      "From 100 to 1,000 increments, the median loss stayed about the same",
    );
    assert.equal(
      incrementsHeadline(EN, sweep(0.2, 0, 0.3)),
      "From 100 to 10,000 increments, the median loss rose and fell: no steady trend",
    );
    assert.equal(incrementsHeadline(EN, sweep(0, 0)), "No loop from 100 to 1,000 increments lost an update");
  });

  it("every median zero yet a trial lost; a rise after zeros", () => {
    const rare = sizes([
      [100, [0, 0, 0], 1, 0],
      [1000, [0, 0, 0], 1, 0],
      [10000, [0, 0.3, 0], 1, 0],
    ]);
    assert.equal(
      incrementsHeadline(EN, rare),
      "From 100 to 10,000 increments the median loss was 0, yet at 10,000 increments 1 of 3 trials lost updates",
    );
    assert.equal(
      incrementsHeadline(KO, rare),
      "증가 100번부터 10,000번까지 손실의 중앙값은 0이었지만, 증가 10,000번에서는 시행 3번 중 1번이 갱신을 잃었다",
    );
    assert.equal(
      incrementsHeadline(EN, sweep(0, 0, 0.1, 0.2)),
      "Longer loops lost more: the median loss was 0 up to 1,000 increments and rose from there to 100,000",
    );
    assert.equal(
      incrementsHeadline(KO, sweep(0, 0, 0.1, 0.2)),
      "루프가 길수록 더 많이 잃었다: 손실의 중앙값은 증가 1,000번까지 0이었고, 그 뒤 100,000번까지 늘었다",
    );
  });
});

describe("costGrowthHeadline", () => {
  const points = (...locked: number[]) => ({
    points: locked.map((ns, i) => ({ workers: 2 ** i, locked: ns, unsafe: 1 })),
  });
  it("the lock's cost over every worker count: rising, falling, flat, mixed", () => {
    assert.equal(
      costGrowthHeadline(EN, points(10, 20, 40)),
      "The locked counter's increment cost more as workers were added, from 1 to 4 workers",
    );
    assert.equal(
      costGrowthHeadline(EN, points(40, 20)),
      "The locked counter's increment cost less as workers were added, from 1 to 2 workers",
    );
    assert.equal(
      costGrowthHeadline(EN, points(20, 21, 20)),
      "The locked counter's increment cost about the same from 1 to 4 workers",
    );
    assert.equal(
      costGrowthHeadline(EN, points(32.5, 21, 37.4)),
      "The locked counter's increment cost rose and fell from 1 to 4 workers",
    );
    assert.equal(
      costGrowthHeadline(KO, points(10, 20)),
      "락을 쓰는 카운터의 증가 비용은 워커 1개에서 2개까지 워커가 늘면서 올랐다",
    );
  });

  it("a sweep of one worker count, or no counter timed at every count, states no trend", () => {
    assert.equal(costGrowthHeadline(EN, points(10)), "The cost of an increment, at one worker count");
  });
});

describe("tinyHeadline", () => {
  it("lost one in so many; never; a forbidden outcome", () => {
    assert.equal(
      tinyHeadline(EN, tiny(1_234)),
      "Two increments released together lost an update in 1,234 of 2,000 repetitions",
    );
    assert.equal(tinyHeadline(EN, tiny(0)), "In 2,000 repetitions, two increments released together never lost one");
    assert.equal(
      tinyHeadline(EN, tiny(5, 2, "locked")),
      "A forbidden outcome: a counter that must be exact lost an update",
    );
    assert.equal(tinyHeadline(KO, tiny(3)), "함께 출발한 두 증가는 2,000번 중 3번 갱신 하나를 잃었다");
  });
});

describe("wholeLoopsHeadline", () => {
  it("how many losing trials lost about a whole number of loops; none; no loss at all", () => {
    assert.equal(
      wholeLoopsHeadline(EN, hist([0, 100_000, 200_100, 5_000])),
      "2 of the 3 losing trials lost about a whole number of workers' loops",
    );
    assert.equal(
      wholeLoopsHeadline(EN, hist([5_000, 55_000])),
      "None of the 2 losing trials lost about a whole number of workers' loops",
    );
    assert.equal(wholeLoopsHeadline(EN, hist([0, 0])), "No trial lost an update, so none lost a whole loop");
    assert.equal(
      wholeLoopsHeadline(KO, hist([0, 100_000, 200_100, 5_000])),
      "갱신을 잃은 시행 3번 중 2번이 워커 루프의 정수배에 가깝게 잃었다",
    );
  });

  it("as many as chance alone puts near a whole loop (wholeLoopsCount): says so, as the page's reading does", () => {
    // 1 of 30: chance gives about 2 × 3% × 30 = 1.8; 1 of 2: a single hit.
    const thirty = hist([101_000, ...Array.from({ length: 29 }, (_, i) => 150_000 + 1_000 * i)]);
    assert.equal(
      wholeLoopsHeadline(EN, thirty),
      "Only 1 of 30 losing trials lost about whole loops: no more than chance",
    );
    assert.equal(
      wholeLoopsHeadline(KO, hist([100_000, 5])),
      "갱신을 잃은 시행 2번 중 워커 루프의 정수배에 가깝게 잃은 시행은 1번뿐: 우연으로도 그만큼은 나온다",
    );
  });
});
