/** 제목 슬라이드: 이번 실행이 무엇이었는지. */
import { int } from "./format";

export const run = {
  machine: (node: string, cores: number, cpu: string | undefined) =>
    `코어 ${int(cores)}개${cpu ? `(\`${cpu}\`)` : ""}, Node ${node}`,
  onlyMachine: (machine: string) => `**이번 실행:** ${machine}.`,
  withParameters: (machine: string, parameters: readonly string[]) =>
    `**이번 실행:** ${machine}. 매개변수는 ${parameters.join(", ")}.`,
};
