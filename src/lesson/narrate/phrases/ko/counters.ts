/**
 * 카운터의 이름: 문장, 표, 차트에서 쓰는 한국어 이름을 한곳에 둔다. 코드의 이름(`unsafe`, `locked`,
 * `atomic`)은 코드를 보여 줄 때만 코드로 쓴다.
 */
import type { CounterNames } from "../en/counters";

export const counters: CounterNames = {
  name: { unsafe: "락 없는 카운터", locked: "락을 쓰는 카운터", atomic: "원자적 카운터" },
  label: { unsafe: "락 없음", locked: "락", atomic: "원자적" },
  asyncName: { sync: "동기 카운터", unsafe: "락 없는 비동기 카운터", locked: "락을 쓰는 비동기 카운터" },
  asyncLabel: { sync: "동기", unsafe: "락 없음", locked: "락" },
};
