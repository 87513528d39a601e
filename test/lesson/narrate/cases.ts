// Every branch of every narrator, as a case that any language can be asked to speak.
// The English tests check the exact words; test/lesson/narrate/korean.test.ts asks the same
// cases in Korean and checks each says its branch, with the same numbers and no English.
import { counterCosts } from "../../../src/lesson/analysis/costs";
import { summarizeInterleavings } from "../../../src/lesson/analysis/interleavings";
import { closingReading } from "../../../src/lesson/narrate/closingReading";
import * as costGrowth from "../../../src/lesson/narrate/costGrowth";
import * as distributions from "../../../src/lesson/narrate/distributions";
import type { Facts } from "../../../src/lesson/narrate/facts";
import * as gil from "../../../src/lesson/narrate/gil";
import * as lock from "../../../src/lesson/narrate/lock";
import * as race from "../../../src/lesson/narrate/race";
import * as tinyRace from "../../../src/lesson/narrate/tinyRace";
import * as trace from "../../../src/lesson/narrate/trace";
import { thisRun } from "../../../src/lesson/narrate/thisRun";
import { lockHandoff } from "../../../src/lesson/analysis/handoff";
import { lossPicture } from "../../../src/lesson/analysis/lossPicture";
import { lockedTrace, traceOf } from "../../helpers/traces";
import type { PythonRunResult } from "../../../src/lesson/python/seedPrograms";
import { experiment, loopRun, pythonRun } from "../../helpers/fabricate";
import { costRow, hist, point, sizes, tiny, traceCost, workers } from "../../helpers/sweeps";

export interface Case {
  name: string;
  cores: number;
  say: (facts: Facts) => string;
  /** What the Korean sentence must say for this branch. */
  ko: RegExp;
}

const timed = (counter: "unsafe" | "atomic" | "locked", ms: number, losses: number[]) =>
  experiment(counter, losses, { elapsedMs: ms });
const missing: PythonRunResult = { available: false, program: "unsafe", python: "python3", missing: true, reason: "x" };
const broken: PythonRunResult = { ...missing, missing: false, reason: "SyntaxError: invalid syntax" };
const dis = (lines: string[]) => ({ available: true as const, python: "python3", pythonVersion: "3.11.7", lines });
const FREE = "3.13.0 experimental free-threading build (main)";

const stale = lossPicture({
  found: 5,
  trace: traceOf("unsafe", [
    [0, 1, 2, 1],
    [0, 2, 3, 4],
  ]),
});
const longRuns = "A".repeat(2000) + "B".repeat(1000) + "A".repeat(1000) + "B".repeat(2000);

const growthPoint = (workers: number, unsafe: number, atomic: number, locked: number) => ({
  workers,
  unsafe,
  atomic,
  locked,
});
/** The terminal's closing reading, as the CLI asks for it (its defaults are notebook 1's race, one trial). */
const closing = (f: Facts, ...runs: ReturnType<typeof experiment>[]) =>
  closingReading(f, runs, {
    counters: ["unsafe"],
    threads: 5,
    howMany: 100_000,
    sensorWork: 0,
    trials: 1,
    lang: "en",
  }).join(" ");

const growth = (...points: ReturnType<typeof growthPoint>[]) => ({ points });

export const CASES: Case[] = [
  {
    name: "this run: the machine with its CPU, and the parameters",
    cores: 2,
    say: (f) => thisRun({ ...f, cpu: "Apple M2" }, { lang: "en", threads: 5, howMany: 100_000 }),
    ko: /^\*\*이번 실행:\*\* 코어 2개\(`Apple M2`\), Node 20\.0\.0\. 매개변수는 `threads=5`, `howMany=100_000`\.$/,
  },
  {
    name: "this run: one core, no CPU name, no parameters but the language",
    cores: 1,
    say: (f) => thisRun(f, { lang: "ko" }),
    ko: /^\*\*이번 실행:\*\* 코어 1개, Node 20\.0\.0\.$/,
  },
  {
    name: "growth: one count",
    cores: 2,
    say: (f) => costGrowth.costGrowthReading(f, growth(growthPoint(4, 1, 8, 18))),
    ko: /워커 수 하나\(워커 4개\)만/,
  },
  {
    name: "growth: within the cores",
    cores: 8,
    say: (f) => costGrowth.costGrowthReading(f, growth(growthPoint(1, 1, 8, 18), growthPoint(4, 1, 9, 30))),
    ko: /워커를 1개에서 4개로.*락을 쓰는 카운터는 18 ns에서 30 ns로 올랐다\(1\.7배\).*코어 8개 안에/,
  },
  {
    name: "growth: dearer past the cores, the lock",
    cores: 2,
    say: (f) =>
      costGrowth.costGrowthReading(
        f,
        growth(growthPoint(1, 1.6, 8, 18.6), growthPoint(2, 1.8, 19, 22.9), growthPoint(16, 2.6, 19, 36.6)),
      ),
    ko: /워커가 많을수록 더 비쌌다\(워커 2개에서 22\.9 ns, 워커 16개에서 36\.6 ns\)\. 락을 쥔 워커가/,
  },
  {
    name: "growth: dearer past the cores, atomic",
    cores: 2,
    say: (f) =>
      costGrowth.costGrowthReading(f, {
        points: [
          { workers: 1, atomic: 8 },
          { workers: 8, atomic: 20 },
        ],
      }),
    ko: /문맥 전환/,
  },
  {
    name: "growth: cheaper",
    cores: 2,
    say: (f) => costGrowth.costGrowthReading(f, growth(growthPoint(2, 2, 20, 40), growthPoint(8, 2, 20, 30))),
    ko: /더 싸졌다/,
  },
  {
    name: "growth: level",
    cores: 2,
    say: (f) => costGrowth.costGrowthReading(f, growth(growthPoint(2, 2, 20, 40), growthPoint(8, 2, 20, 42))),
    ko: /거의 그대로였다/,
  },
  {
    name: "handoff: one worker",
    cores: 2,
    say: (f) => trace.handoffReading(f, lockHandoff(lockedTrace("AAAA"))),
    ko: /워커 하나가 증가 4번을 모두/,
  },
  {
    name: "handoff: long runs",
    cores: 2,
    say: (f) => trace.handoffReading(f, lockHandoff(lockedTrace(longRuns))),
    ko: /락이 다른 워커에게 3번 넘어갔다.*워커 A가 증가 2,000번.*1,000번 이상.*줄 세우지 않으므로/,
  },
  {
    name: "handoff: short runs, atomic more often",
    cores: 2,
    say: (f) =>
      trace.handoffReading(f, lockHandoff(lockedTrace("AABBAABB")), lockHandoff(lockedTrace("ABABABAB", "atomic"))),
    ko: /1,000번에 이른 연속 구간이 없다.*워커가 7번 바뀌었다.*자주 바뀐/,
  },
  {
    name: "handoff: atomic less often",
    cores: 2,
    say: (f) =>
      trace.handoffReading(f, lockHandoff(lockedTrace("AABBAABB")), lockHandoff(lockedTrace("AAAABBBB", "atomic"))),
    ko: /드물게 바뀐/,
  },
  {
    name: "handoff: each worker alone in turn",
    cores: 2,
    say: (f) => trace.handoffReading(f, lockHandoff(lockedTrace("AAAABBBB"))),
    ko: /한 워커씩 차례로.*1번만 다른 워커에게 넘어갔다.*아무것도 보여 주지 않는다/,
  },
  {
    name: "handoff: atomic about as often",
    cores: 2,
    say: (f) =>
      trace.handoffReading(f, lockHandoff(lockedTrace("AABBAABB")), lockHandoff(lockedTrace("ABBBAAAB", "atomic"))),
    ko: /락과 거의 같은 빈도다/,
  },
  {
    name: "loss: nothing",
    cores: 2,
    say: (f) =>
      trace.lossReading(
        f,
        lossPicture({
          found: 4,
          trace: traceOf("unsafe", [
            [0, 1],
            [2, 3],
          ]),
        }),
      ),
    ko: /4개 중 아무것도 잃지 않았다/,
  },
  {
    name: "loss: stale dominant",
    cores: 2,
    say: (f) => trace.lossReading(f, stale),
    ko: /8개 중 3개를 잃었다.*낡은 쓰기 1번.*워커 B가 3 위에 1을 써서.*적어도 (\d+)개\(100\.0%\)를/,
  },
  {
    name: "loss: beyond",
    cores: 2,
    say: (f) => trace.lossReading(f, lossPicture({ found: 1, trace: traceOf("unsafe", [[0], [1], [0]]) })),
    ko: /1보다 큰 값 1개/,
  },
  {
    name: "loss: side by side",
    cores: 2,
    say: (f) =>
      trace.lossReading(
        f,
        lossPicture({
          found: 2,
          trace: traceOf("unsafe", [
            [0, 1],
            [0, 1],
          ]),
        }),
      ),
    ko: /드러난 낡은 쓰기는 없다/,
  },
  {
    name: "loss: small stale, incomplete",
    cores: 2,
    say: (f) => trace.lossReading(f, { ...stale, lost: 1_000, missing: 2 }),
    ko: /값 2개가 빠져 있다.*셈할 수 없다/,
  },
  {
    name: "trace cost: cheap",
    cores: 2,
    say: (f) => trace.traceCostReading(f, traceCost(costRow("locked", 50, 52))),
    ko: /비용은 거의 없다/,
  },
  {
    name: "trace cost: moderate",
    cores: 2,
    say: (f) => trace.traceCostReading(f, traceCost(costRow("locked", 50, 52), costRow("atomic", 10, 18))),
    ko: /최대 1\.8배/,
  },
  {
    name: "trace cost: expensive, loss same",
    cores: 2,
    say: (f) => trace.traceCostReading(f, traceCost(costRow("unsafe", 2, 5, [0.3, 0.32]))),
    ko: /2\.5배 느리게[\s\S]*비슷하게 잃었다/,
  },
  {
    name: "trace cost: loss changed",
    cores: 2,
    say: (f) => trace.traceCostReading(f, traceCost(costRow("unsafe", 2, 3, [0.05, 0.4]))),
    ko: /잃은 양이 달라졌다/,
  },
  {
    name: "race: some lost",
    cores: 2,
    say: (f) => race.raceOutcome(f, experiment("unsafe", [0, 95_769, 200_000])),
    ko: /시행 3번 중 2번에서 갱신이 사라졌다.*404231/,
  },
  {
    name: "race: none lost",
    cores: 2,
    say: (f) => race.raceOutcome(f, experiment("unsafe", [0, 0])),
    ko: /모두 갱신을 하나도 잃지 않았다.*코어가 2개.*숨었을 뿐/,
  },
  {
    name: "race: one core",
    cores: 1,
    say: (f) => race.raceOutcome(f, experiment("unsafe", [0, 0])),
    ko: /코어가 하나뿐이면.*`howMany: 4_000_000`, `sensorWork: 0`으로 바꾸고/,
  },
  {
    name: "race: one worker",
    cores: 2,
    say: (f) => race.raceOutcome(f, experiment("unsafe", [0, 0], { threads: 1 })),
    ko: /워커가 하나뿐이면 잃을 것이 없다.*`threads`를 2 이상으로/,
  },
  {
    name: "closing: some lost, and the lock",
    cores: 2,
    say: (f) => closing(f, experiment("unsafe", [0, 100_000, 200_000])),
    ko: /^락 없는 카운터는 시행 3번 중 2번에서 갱신을 잃었다\. 중앙값 시행은 갱신의 20\.0%를, 가장 많이 잃은 시행은 40\.0%를 잃었다\. 락을 쓰는 카운터는 .*`npm run race -- --counter unsafe,locked --trials 3 --lang ko`$/,
  },
  {
    name: "closing: most trials lost nothing",
    cores: 2,
    say: (f) => closing(f, experiment("unsafe", [0, 0, 4_000])),
    ko: /^락 없는 카운터는 시행 3번 중 1번에서 갱신을 잃었다\. 중앙값 시행은 하나도 잃지 않았고, 가장 많이 잃은 시행은 갱신의 0\.8%를 잃었다\./,
  },
  {
    name: "closing: the only trial lost",
    cores: 2,
    say: (f) => closing(f, experiment("unsafe", [100_000]), experiment("locked", [0])),
    ko: /^락 없는 카운터는 한 번의 시행에서 갱신의 20\.0%를 잃었다\. 락을 쓰는 카운터는 갱신을 하나도 잃지 않았다/,
  },
  {
    name: "closing: one worker",
    cores: 2,
    say: (f) => closing(f, experiment("unsafe", [0, 0], { threads: 1 })),
    ko: /워커가 하나뿐이면 잃을 수도 없다.*워커 5개로 실행해 보라: `npm run race -- --trials 2 --lang ko`$/,
  },
  {
    name: "closing: one core",
    cores: 1,
    say: (f) => closing(f, experiment("unsafe", [0])),
    ko: /^락 없는 카운터는 한 번의 시행에서 갱신을 하나도 잃지 않았다\. 코어가 하나뿐이면.*이 코어 하나에서도 일어난다: `npm run race -- --how-many 4000000 --trials 5 --lang ko`$/,
  },
  {
    name: "closing: the race hid",
    cores: 2,
    say: (f) => closing(f, experiment("unsafe", [0, 0])),
    ko: /시행 2번 동안 갱신을 하나도 잃지 않았다\. 이 컴퓨터에는 코어가 2개 있지만.*숨었을 뿐이다.*`npm run race -- --sensor-work 200 --trials 20 --lang ko`$/,
  },
  {
    name: "closing: exact alone, and beside the unsafe counter",
    cores: 2,
    say: (f) => closing(f, experiment("atomic", [0, 0])),
    ko: /^원자적 카운터는 갱신을 하나도 잃지 않았다\. 시행 2번이 모두 정확했고\(500,000 중 500,000\), 증가 한 번에 8 ns가 들었다\(중앙값 시행의 .* 락 없는 카운터와 나란히 실행하면 이 카운터가/,
  },
  {
    name: "closing: exact, dearer than the unsafe counter",
    cores: 2,
    say: (f) => closing(f, timed("unsafe", 4, [9]), timed("locked", 10, [0])),
    ko: /락을 쓰는 카운터는 갱신을 하나도 잃지 않았다\. 한 번의 시행이 정확했고\(500,000 중 500,000\), 증가 한 번에 20 ns가 들었다\. 이번 실행에서 락 없는 카운터\(8 ns\)의 2\.5배다\.$/,
  },
  {
    name: "closing: exact, about as dear",
    cores: 2,
    say: (f) => closing(f, timed("unsafe", 4, [9]), timed("atomic", 4.2, [0])),
    ko: /원자적 카운터는 .*8\.4 ns가 들었다\. 이번 실행에서 락 없는 카운터\(8 ns\)와 거의 같다\.$/,
  },
  {
    name: "closing: exact, cheaper",
    cores: 2,
    say: (f) => closing(f, timed("unsafe", 4, [9]), timed("atomic", 2, [0])),
    ko: /원자적 카운터는 .*4 ns가 들었다\. 이번 실행에서 락 없는 카운터\(8 ns\)보다 적게 들었다\.$/,
  },
  {
    name: "closing: two fixed counters, one suggestion",
    cores: 2,
    say: (f) => closing(f, experiment("locked", [0]), experiment("atomic", [0])),
    ko: /락 없는 카운터와 나란히 실행하면 이 카운터들이 .*`npm run race -- --counter unsafe,locked,atomic --lang ko`$/,
  },
  {
    name: "closing: a fixed counter lost",
    cores: 2,
    say: (f) => closing(f, experiment("locked", [0, 3])),
    ko: /^락을 쓰는 카운터는 시행 2번 중 1번에서 갱신을 잃었다\. 버그이니 알려 주기 바란다\.$/,
  },
  {
    name: "race: none lost in the only trial",
    cores: 2,
    say: (f) => race.raceOutcome(f, experiment("unsafe", [0])),
    ko: /^\*\*이번 시행은 갱신을 하나도 잃지 않았다/,
  },
  {
    name: "race: schedules",
    cores: 2,
    say: (f) => race.scheduleCount(f, summarizeInterleavings({ threads: 2, increments: 1 })),
    ko: /6단계를 늘어놓는 순서 20가지 중 18가지에서는 갱신이 사라지고/,
  },
  {
    name: "race: loop shorter than a slice",
    cores: 2,
    say: (f) => race.loopReading(f, experiment("unsafe", [0], { loopMs: 0.35 })),
    ko: /모든 시행에서 이 루프는 .*타임 슬라이스.*보다 짧았다/,
  },
  {
    name: "race: loop longer than a slice",
    cores: 2,
    say: (f) => race.loopReading(f, { ...experiment("unsafe", [0], { loopMs: 24 }), sensorWork: 50 }),
    ko: /산술 연산 50회.*보다 길었다.*서로 다른 코어에서 동시에/,
  },
  {
    name: "race: loop longer than a slice, one core",
    cores: 1,
    say: (f) => race.loopReading(f, { ...experiment("unsafe", [0], { loopMs: 24 }), sensorWork: 50 }),
    ko: /하나뿐인 코어 위에서 뒤섞이고/,
  },
  {
    name: "race: loop about a slice",
    cores: 2,
    say: (f) => race.loopReading(f, experiment("unsafe", [0], { loopMs: 3 })),
    ko: /슬라이스\(.*\)와 비슷했다/,
  },
  {
    name: "race: barrier together",
    cores: 2,
    say: (f) =>
      race.barrierReading(f, experiment("unsafe", [1], { threads: 2, startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 })),
    ko: /나란히 셀 수 있었다/,
  },
  {
    name: "race: barrier, more workers than cores",
    cores: 2,
    say: (f) =>
      race.barrierReading(f, experiment("unsafe", [1], { threads: 5, startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 })),
    ko: /워커 5개가 코어 2개를 나눠 썼으므로/,
  },
  {
    name: "race: barrier, one core",
    cores: 1,
    say: (f) =>
      race.barrierReading(f, experiment("unsafe", [1], { threads: 5, startSkewMs: 0.04, elapsedMs: 3.5, loopMs: 3.4 })),
    ko: /차례를 나눠 셌다/,
  },
  {
    name: "race: barrier late",
    cores: 2,
    say: (f) =>
      race.barrierReading(f, experiment("unsafe", [0], { threads: 2, startSkewMs: 2, elapsedMs: 3, loopMs: 1 })),
    ko: /일부뿐/,
  },
  {
    name: "lock: exact",
    cores: 2,
    say: (f) => lock.lockedOutcome(f, experiment("locked", [0, 0])),
    ko: /모두 정확하다/,
  },
  {
    name: "lock: not exact",
    cores: 2,
    say: (f) => lock.lockedOutcome(f, experiment("locked", [0, 3])),
    ko: /2번 중 1번만 정확하다.*버그/,
  },
  {
    name: "lock: only unsafe lost",
    cores: 2,
    say: (f) =>
      lock.costReading(
        f,
        counterCosts({
          unsafe: timed("unsafe", 1.5, [100_000]),
          atomic: timed("atomic", 7.5, [0]),
          locked: timed("locked", 20, [0]),
        }),
      ),
    ko: /13\.3배.*갱신을 잃은 것은 락 없는 카운터뿐/,
  },
  {
    name: "lock: none lost",
    cores: 2,
    say: (f) =>
      lock.costReading(
        f,
        counterCosts({
          unsafe: timed("unsafe", 1, [0]),
          atomic: timed("atomic", 2, [0]),
          locked: timed("locked", 3, [0]),
        }),
      ),
    ko: /운이 좋았을 뿐, 고쳐진 것이 아니다/,
  },
  {
    name: "lock: a fixed counter lost",
    cores: 2,
    say: (f) =>
      lock.costReading(
        f,
        counterCosts({
          unsafe: timed("unsafe", 1, [10]),
          atomic: timed("atomic", 2, [0]),
          locked: timed("locked", 3, [7]),
        }),
      ),
    ko: /락을 쓰는 카운터가 시행 1번에 걸쳐 갱신 7개를 잃었다\. 버그/,
  },
  {
    name: "lock: two measurements agree",
    cores: 2,
    say: (f) =>
      lock.costReading(
        f,
        counterCosts({ unsafe: timed("unsafe", 5, [1]), locked: timed("locked", 20, [0]) }),
        traceCost(costRow("unsafe", 10.5, 20), costRow("locked", 41, 50)),
      ),
    ko: /서로 다른 두 측정이다.*두 측정은 10% 안으로 같았다\(그쪽 대 이쪽: 락 없음 10\.5 ns 대 10 ns, 락 41 ns 대 40 ns\)/,
  },
  {
    name: "lock: two measurements differ",
    cores: 2,
    say: (f) =>
      lock.costReading(
        f,
        counterCosts({ unsafe: timed("unsafe", 5, [1]), locked: timed("locked", 20, [0]) }),
        traceCost(costRow("unsafe", 33.4, 40), costRow("locked", 41, 50)),
      ),
    ko: /락 없는 카운터에서 두 측정이 어긋났다\(그쪽 대 이쪽: 락 없음 33\.4 ns 대 10 ns, 3\.3배\)\. 락을 쓰는 카운터는 10% 안으로 같았다/,
  },
  {
    name: "histogram",
    cores: 2,
    say: (f) => distributions.histogramReading(f, hist([0, 100_000, 200_000, 40_000])),
    ko: /시행 4번 중 3번.*70,000개\(17\.5%\).*각각 시행 2번 모두 아무것도/,
  },
  {
    name: "histogram: median none",
    cores: 2,
    say: (f) => distributions.histogramReading(f, hist([0, 0, 120_000])),
    ko: /시행 3번 중 1번.*대부분의 시행은 아무것도/,
  },
  {
    name: "histogram: none",
    cores: 2,
    say: (f) => distributions.histogramReading(f, hist([0, 0])),
    ko: /락 없는 카운터도 시행 2번 모두/,
  },
  {
    name: "histogram: fixed lost",
    cores: 2,
    say: (f) => distributions.histogramReading(f, hist([5], [0, 3])),
    ko: /시행 1번이 갱신을 잃었다\. 버그/,
  },
  {
    name: "whole loops",
    cores: 2,
    say: (f) => distributions.wholeLoopsReading(f, hist([0, 99_000, 201_000, 150_000])),
    ko: /3번 중 2번은 잃은 양이 워커 루프의 정수배/,
  },
  {
    name: "whole loops: none near",
    cores: 2,
    say: (f) => distributions.wholeLoopsReading(f, hist([0, 12, 50_000, 150_000])),
    ko: /이내로 가까운 시행은 없었다/,
  },
  {
    name: "whole loops: none",
    cores: 2,
    say: (f) => distributions.wholeLoopsReading(f, hist([0])),
    ko: /견줄 것이 없다/,
  },
  {
    name: "workers: 2 cores",
    cores: 2,
    say: (f) => distributions.workersReading(f, workers([point(1, [0]), point(4, [0.2]), point(8, [0.3])])),
    ko: /워커 하나는 아무것도.*코어가 2개.*4개나 8개이면.*읽기와 쓰기 사이에서 끝날 때 사라진다.*어느 워커 수에서도/,
  },
  {
    name: "workers: one core",
    cores: 1,
    say: (f) => distributions.workersReading(f, workers([point(1, [0]), point(2, [0]), point(4, [0.01])])),
    ko: /워커가 2개나 4개이면 워커들은 코어 하나를 타임 슬라이스로 번갈아 쓰고, 동시에 세는 일은 없다/,
  },
  {
    name: "workers: many cores",
    cores: 16,
    say: (f) => distributions.workersReading(f, workers([point(2, [0.1])])),
    ko: /모두 코어 수 안에 들어가므로/,
  },
  {
    name: "workers: bugs",
    cores: 1,
    say: (f) => distributions.workersReading(f, workers([point(1, [0.01])], true)),
    ko: /워커 하나가 갱신을 잃었다.*락을 쓰는 카운터가 갱신을 잃었다/,
  },
  {
    name: "increments",
    cores: 2,
    say: (f) =>
      distributions.incrementsReading(
        f,
        sizes([
          [100, [0], 0.2, 0.15],
          [10_000, [0, 0, 0.01], 1, 0.1],
          [100_000, [0.2], 10, 0.1],
        ]),
      ),
    ko: /기다린 시간.*10,000번.*100,000번부터는 중앙값 시행도/,
  },
  {
    name: "increments: rare",
    cores: 2,
    say: (f) => distributions.incrementsReading(f, sizes([[100, [0, 0, 0.01], 1, 0.01]])),
    ko: /모든 워커가 진행 중이었고, 코어를 번갈아.*드물었다/,
  },
  {
    name: "increments: as many workers as cores",
    cores: 16,
    say: (f) => distributions.incrementsReading(f, sizes([[100, [0, 0, 0.01], 1, 0.01]])),
    ko: /모든 워커가 진행 중이었다\. /,
  },
  {
    name: "increments: never",
    cores: 2,
    say: (f) => distributions.incrementsReading(f, sizes([[100, [0], 1, 0.01]])),
    ko: /어느 루프 길이에서도/,
  },
  {
    name: "tiny: rare",
    cores: 2,
    say: (f) => tinyRace.tinyRaceReading(f, tiny(40)),
    ko: /2,000번 중 40번.*드문 일이다.*금지된 결과는 없다/,
  },
  {
    name: "tiny: frequent, forbidden, one core",
    cores: 1,
    say: (f) => tinyRace.tinyRaceReading(f, tiny(600, 3)),
    ko: /30\.0%.*코어가 하나뿐.*원자적 카운터가 금지된 값으로 3번/,
  },
  { name: "pools: closed", cores: 2, say: (f) => distributions.poolsReading(f, 0), ko: /열려 있는 워커 풀이 없다/ },
  { name: "pools: open", cores: 2, say: (f) => distributions.poolsReading(f, 2), ko: /워커 풀 2개가 열려 있다/ },
  {
    name: "loop: race lines",
    cores: 2,
    say: (f) => gil.raceLines(f, [loopRun({ lost: 400_000, elapsedMs: 12.34 })]),
    ko: /^락 없음: 카운터 값은 500000여야 하는데, 실제로는 100000 입니다 \(손실 400,000, 12\.3 ms\)$/,
  },
  {
    name: "loop: one task's worth",
    cores: 2,
    say: (f) => gil.awaitedReading(f, loopRun({ lost: 400_000 }), loopRun({ counter: "sync" })),
    ko: /정확히 100,000, 곧 태스크 하나 분량.*동기 카운터는 아무것도/,
  },
  {
    name: "loop: some lost",
    cores: 2,
    say: (f) => gil.awaitedReading(f, loopRun({ lost: 10 }), loopRun({ counter: "sync" })),
    ko: /500,000개 중 10개를 잃었다/,
  },
  {
    name: "loop: one task, sync lost",
    cores: 2,
    say: (f) => gil.awaitedReading(f, loopRun({ tasks: 1 }), loopRun({ counter: "sync", tasks: 1, lost: 2 })),
    ko: /태스크가 하나뿐이라.*동기 카운터가 2개를 잃었다/,
  },
  {
    name: "loop: none lost",
    cores: 2,
    say: (f) => gil.awaitedReading(f, loopRun({}), loopRun({ counter: "sync" })),
    ko: /태스크 5개로도/,
  },
  {
    name: "loop: locked exact",
    cores: 2,
    say: (f) =>
      gil.asyncLockedReading(f, loopRun({ counter: "locked", elapsedMs: 100 }), loopRun({ lost: 1, elapsedMs: 40 })),
    ko: /정확하다: 500,000 중 500,000.*2\.5배 오래/,
  },
  {
    name: "loop: locked lost",
    cores: 2,
    say: (f) => gil.asyncLockedReading(f, loopRun({ counter: "locked", lost: 1 }), loopRun({})),
    ko: /락을 쓰는 비동기 카운터가 1개를 잃었다/,
  },
  {
    name: "schedules: all",
    cores: 2,
    say: (f) => gil.schedulesCount(f, { threads: 2, increments: 1 }, 20, 20),
    ko: /인터리빙 20가지, 아래에 모두/,
  },
  {
    name: "schedules: too many",
    cores: 2,
    say: (f) => gil.schedulesCount(f, { threads: 2, increments: 4 }, 2_704_156, 0),
    ko: /너무 많으니/,
  },
  {
    name: "schedules: summary",
    cores: 2,
    say: (f) => gil.schedulesSummary(f, summarizeInterleavings({ threads: 2, increments: 1 })),
    ko: /20가지 중 18가지에서는 갱신이 사라지고, 2가지에서는 두 갱신이 모두 남는다/,
  },
  {
    name: "schedules: none",
    cores: 2,
    say: (f) =>
      gil.schedulesSummary(f, { threads: 2, increments: 1, expected: 2, total: 0, lost: 0, kept: 0, outcomes: [] }),
    ko: /나열된 스케줄이 없다/,
  },
  {
    name: "unbroken: same",
    cores: 2,
    say: (f) => gil.unbrokenReading(f, 2, 20, true),
    ko: /20가지 중 2가지가.*바로 모든 갱신을 지키는/,
  },
  { name: "unbroken: different", cores: 2, say: (f) => gil.unbrokenReading(f, 3, 20, false), ko: /정확히 같지 않다/ },
  { name: "unbroken: none", cores: 2, say: (f) => gil.unbrokenReading(f, 0, 0, true), ko: /나열된 스케줄이 없다/ },
  {
    name: "bytecode: with RESUME",
    cores: 2,
    say: (f) =>
      gil.bytecodeReading(f, dis(["RESUME 0", "LOAD_ATTR 0 (count)", "BINARY_OP 13 (+=)", "STORE_ATTR 0 (count)"])),
    ko: /`LOAD_ATTR`\(읽기\).*`RESUME`/,
  },
  {
    name: "bytecode: without RESUME",
    cores: 2,
    say: (f) => gil.bytecodeReading(f, dis(["LOAD_ATTR 0 (count)", "INPLACE_ADD", "STORE_ATTR 0 (count)"])),
    ko: /`STORE_ATTR`\(쓰기\)는 서로 다른/,
  },
  {
    name: "bytecode: not found",
    cores: 2,
    say: (f) => gil.bytecodeReading(f, dis(["NOP"])),
    ko: /이름으로 찾지 못했다/,
  },
  {
    name: "bytecode: missing",
    cores: 2,
    say: (f) => gil.bytecodeReading(f, { available: false, python: "python9", missing: true, reason: "x" }),
    ko: /`python9`가 이 컴퓨터에 없다/,
  },
  {
    name: "bytecode: failed",
    cores: 2,
    say: (f) =>
      gil.bytecodeReading(f, { available: false, python: "python2", missing: false, reason: "SyntaxError: x" }),
    ko: /실행하지 못했다:\* `SyntaxError: x`/,
  },
  { name: "python: hidden", cores: 2, say: (f) => gil.pythonRunReading(f, pythonRun({})), ko: /숨었다/ },
  {
    name: "python: old lost",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ pythonVersion: "3.9.18 (main)", lost: 38_794 })),
    ko: /500,000개 중 38,794개\(7\.8%\).*404231.*어느 두 바이트코드/,
  },
  {
    name: "python: new lost",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ lost: 5 })),
    ko: /이 파이썬에서도 이번에는/,
  },
  {
    name: "python: free-threaded lost",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ pythonVersion: FREE, lost: 200_000 })),
    ko: /프리 스레드.*GIL이 없다/,
  },
  {
    name: "python: lucky",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ pythonVersion: "3.9.1 (main)" })),
    ko: /운이 좋았을 뿐/,
  },
  {
    name: "python: locked exact",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ program: "locked" })),
    ko: /500,000개를 모두 셌다/,
  },
  {
    name: "python: locked lost",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ program: "locked", lost: 499_999 })),
    ko: /락이 그래서는 안 되니/,
  },
  {
    name: "python: call lost",
    cores: 2,
    say: (f) =>
      gil.pythonRunReading(f, pythonRun({ program: "unsafe-with-call", switchInterval: 1e-6, lost: 186_319 })),
    ko: /파이썬 3\.11\.7에서 읽기와 쓰기 사이에 호출을 넣고 전환 간격을 1 µs로 두자 프로그램은 .*186,319개/,
  },
  {
    name: "python: call none",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, pythonRun({ program: "unsafe-with-call" })),
    ko: /전환 간격을 기본값으로 두자 이번에는 아무것도/,
  },
  {
    name: "python: missing",
    cores: 2,
    say: (f) => gil.pythonRunReading(f, missing),
    ko: /`python3`이 이 컴퓨터에 없다/,
  },
  { name: "python: failed", cores: 2, say: (f) => gil.pythonRunReading(f, broken), ko: /실행하지 못했다/ },
  {
    name: "free-threaded: none ran",
    cores: 2,
    say: (f) => gil.freeThreadedReading(f, missing),
    ko: /파이썬이 실행되지 않았다/,
  },
  {
    name: "free-threaded: yes",
    cores: 2,
    say: (f) => gil.freeThreadedReading(f, pythonRun({ pythonVersion: "3.13.1 experimental free-threading build" })),
    ko: /프리 스레드 빌드다/,
  },
  {
    name: "free-threaded: has a GIL",
    cores: 2,
    say: (f) => gil.freeThreadedReading(f, pythonRun({})),
    ko: /GIL이 있다.*python3\.13t/,
  },
];
