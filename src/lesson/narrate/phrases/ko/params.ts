/** 매개변수 셀이 출력하는 내용. */
import { int } from "./format";

export const params = {
  title: (node: string, cores: number) => `이번 실행의 매개변수 (Node ${node}, 코어 ${int(cores)}개):`,
  source: (source: "default" | "cell" | "env" | "edition", envName: string) =>
    source === "default"
      ? "기본값"
      : source === "cell"
        ? "셀에서 수정"
        : source === "env"
          ? `${envName}에서`
          : "이 판의 언어",
};
