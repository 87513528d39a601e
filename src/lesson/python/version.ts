/** What a Python's sys.version says about how its threads take turns. */
export interface PythonVersionFacts {
  /** "3.11.7" */
  release: string;
  major: number;
  minor: number;
  /** A PEP 703 build: threads run Python code in parallel. */
  freeThreaded: boolean;
  /** 3.10+: another thread only gets the GIL at a call or a backward jump. */
  switchesOnlyAtCallsAndJumps: boolean;
}

/** Reads what matters here from Python's sys.version ("3.13.0 experimental free-threading build (main, …)"). */
export function pythonVersionFacts(sysVersion: string): PythonVersionFacts {
  const m = /^(\d+)\.(\d+)(\.\d+)?\S*/.exec(sysVersion.trim());
  if (!m) throw new RangeError(`not a Python sys.version: ${JSON.stringify(sysVersion)}`);
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return {
    release: m[0],
    major,
    minor,
    freeThreaded: /free-threading/i.test(sysVersion),
    switchesOnlyAtCallsAndJumps: major > 3 || (major === 3 && minor >= 10),
  };
}
