/**
 * The seed's `self.count += offset` as the interpreter sees it: the read, the add and the
 * write are separate bytecode instructions, which is where a thread switch can fall.
 */
import { execFile } from "node:child_process";

export type PythonBytecode =
  | { available: true; python: string; pythonVersion: string; lines: string[] }
  | { available: false; python: string; missing: boolean; reason: string };

/** The seed's increment, disassembled by the interpreter that runs the seed. */
export const INCREMENT_SOURCE = [
  "class Counter:",
  "    def increment(self, offset):",
  "        self.count += offset",
].join("\n");

const DIS_PROGRAM = [
  "import dis, sys",
  INCREMENT_SOURCE,
  // 3.9's sys.version spans two lines; the first line of output must hold all of it.
  "print('python', sys.version.replace('\\n', ' '))",
  "dis.dis(Counter.increment)",
].join("\n");

/** Runs `python -c` to disassemble the seed's increment; a missing or failing interpreter is a result, not a throw. */
export function pythonBytecode(python = "python3", timeoutMs = 20_000): Promise<PythonBytecode> {
  return new Promise((resolve) => {
    execFile(python, ["-c", DIS_PROGRAM], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
        resolve({ available: false, python, missing, reason: (stderr || err.message).trim() });
        return;
      }
      const lines = stdout.split("\n").filter((line) => line.trim() !== "");
      const version = lines[0]?.startsWith("python ") ? lines[0].slice("python ".length) : "";
      resolve({ available: true, python, pythonVersion: version, lines: lines.slice(1) });
    });
  });
}

/** What the cell prints: the version line and the disassembly; nothing without one (the narration says why). */
export function bytecodeLines(result: PythonBytecode): string[] {
  return result.available ? [`python ${result.pythonVersion}`, ...result.lines] : [];
}

export interface IncrementOpcodes {
  read?: string;
  add?: string;
  write?: string;
}

/** Picks the read, add and write instructions of `self.count += offset` out of dis output. */
export function incrementOpcodes(lines: readonly string[]): IncrementOpcodes {
  const opcode = (pattern: RegExp): string | undefined => {
    for (const line of lines) {
      const m = pattern.exec(line);
      if (m) return m[1];
    }
    return undefined;
  };
  return {
    read: opcode(/\b(LOAD_ATTR)\b.*\bcount\b/),
    add: opcode(/\b(BINARY_OP|INPLACE_ADD)\b/),
    write: opcode(/\b(STORE_ATTR)\b.*\bcount\b/),
  };
}
