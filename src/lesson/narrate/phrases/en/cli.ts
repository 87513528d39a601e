/** What `npm run race` prints around the seed's sentence. */
import { f, int, s } from "./format";

export const cli = {
  header: (counter: string, threads: number, howMany: number, sensorWork: number, node: string, cores: number) =>
    `${counter} counter, ${s(threads, "worker")} × ${int(howMany)} increments` +
    (sensorWork > 0 ? `, each after reading the sensor: ${s(sensorWork, "round")} of arithmetic` : "") +
    ` (Node ${node}, ${s(cores, "core")})`,
  trial: (sentence: string, lost: number, fraction: number, ms: number) =>
    `${sentence}  (lost ${int(lost)} = ${f.pct(fraction)}, ${f.fixed(ms)} ms)`,
};
