/** `npm run race`가 책의 문장 둘레에 찍는 내용. */
import { f, int } from "./format";

export const cli = {
  header: (counter: string, threads: number, howMany: number, sensorWork: number, node: string, cores: number) =>
    `${counter} 카운터, 워커 ${int(threads)}개 × 증가 ${int(howMany)}번` +
    (sensorWork > 0 ? `, 증가마다 먼저 센서 읽기: 산술 연산 ${int(sensorWork)}회` : "") +
    ` (Node ${node}, 코어 ${int(cores)}개)`,
  trial: (sentence: string, lost: number, fraction: number, ms: number) =>
    `${sentence}  (손실 ${int(lost)} = ${f.pct(fraction)}, ${f.fixed(ms)} ms)`,
};
