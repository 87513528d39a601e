/**
 * Number formats for the Korean phrases: numbers grouped by thousands as Korean readers
 * write them (500,000), 만 on chart axes (10만), ratios as 배 (2.5배).
 */
import { numberFormats, type NumberFormats } from "../../numbers";

export const f: NumberFormats = numberFormats("ko-KR", "배");
export const { int } = f;
