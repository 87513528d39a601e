/** 내보낸 레슨을 둘러싼 말: 페이지의 탐색 막대, 슬라이드의 링크 막대, 목차 페이지. */
import type { SiteWords } from "../en/site";

export const site: SiteWords = {
  name: "한국어",
  title: "Lost Updates",
  intro: "TypeScript로 배우는 데이터 경합과 락. 노트북을 순서대로 읽거나, 각 노트북을 슬라이드로 발표하세요.",
  contents: "목차",
  slides: "슬라이드",
  page: "페이지",
};
