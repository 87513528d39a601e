/** Number formats and plurals for the English phrases. */
import { numberFormats } from "../../numbers";

export const f = numberFormats("en-US");
export const { int } = f;

/** "1 trial", "3 trials": a count and its noun. */
export const s = (n: number, one: string, many = `${one}s`): string => `${int(n)} ${n === 1 ? one : many}`;
