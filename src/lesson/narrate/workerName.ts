/**
 * A worker's name as the charts and sentences write it: A, B, … Z, then AA, AB, … as
 * spreadsheet columns go, so all 64 workers the engine allows have a letter name.
 */
export function workerLetter(index: number): string {
  let n = index;
  let name = "";
  do {
    name = String.fromCharCode(65 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}
