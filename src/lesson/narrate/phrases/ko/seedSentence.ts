/** 책에 나오는 그 문장. */
export const seed = {
  /** 책처럼 숫자를 자릿수 구분 없이 그대로 찍는다. */
  sentence: (expected: number, found: number) => `카운터 값은 ${expected}여야 하는데, 실제로는 ${found} 입니다`,
};
