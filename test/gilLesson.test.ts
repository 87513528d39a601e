import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakePythons } from './helpers/fakePython';
import {
  bytecodeLines,
  incrementOpcodes,
  narratePythonRun,
  pythonBytecode,
  pythonRunLines,
  pythonVersionFacts,
  runsUnbroken,
  trySeed,
} from '../src/gilLesson';
import { enumerateInterleavings } from '../src/interleavings';
import type { PythonRun, PythonRunResult } from '../src/pythonSeed';

const fakePython = fakePythons('lost-updates-gil-');

function run(over: Partial<PythonRun>): PythonRun {
  return {
    available: true,
    program: 'unsafe',
    python: 'python3',
    pythonVersion: '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]',
    howMany: 100_000,
    threads: 5,
    switchInterval: null,
    stdout: ['python 3.11.7', 'Counter should be 500000, found 500000', 'elapsed_ms 28.000'],
    expected: 500_000,
    found: 500_000,
    lost: 0,
    elapsedMs: 140,
    pythonElapsedMs: 28,
    ...over,
  };
}

describe('runsUnbroken', () => {
  it('accepts only schedules whose increments run read, add, write back to back', () => {
    assert.equal(runsUnbroken('AAABBB'), true);
    assert.equal(runsUnbroken('BBBAAA'), true);
    assert.equal(runsUnbroken('AAABBBAAA'), true);
    assert.equal(runsUnbroken('AABABB'), false);
    assert.equal(runsUnbroken('ABABAB'), false);
    assert.equal(runsUnbroken('AAAAABBBBBBA'), false); // A's second increment is split
    assert.equal(runsUnbroken(''), true);
  });

  it('picks out exactly the schedules that keep every update (2×2, 3×1)', () => {
    for (const shape of [{ threads: 2, increments: 2 }, { threads: 3, increments: 1 }]) {
      const all = enumerateInterleavings(shape);
      const unbroken = all.filter((it) => runsUnbroken(it.order));
      const kept = all.filter((it) => it.lost === 0);
      assert.deepEqual(unbroken.map((it) => it.order), kept.map((it) => it.order));
      assert.equal(unbroken.length, shape.threads === 2 ? 6 : 6); // 4!/(2!2!) and 3!
    }
  });
});

describe('pythonVersionFacts', () => {
  it('reads the release, the 3.10 switch rule and a free-threaded build', () => {
    assert.deepEqual(pythonVersionFacts('3.9.18 (main, May  9 2026, 07:33:49) \n[GCC 12.2.0]'), {
      release: '3.9.18', major: 3, minor: 9, freeThreaded: false, switchesOnlyAtCallsAndJumps: false,
    });
    assert.equal(pythonVersionFacts('3.10.13 (main) [GCC]').switchesOnlyAtCallsAndJumps, true);
    const ft = pythonVersionFacts('3.13.0 experimental free-threading build (main, Oct  8 2024) [GCC 12.2.0]');
    assert.equal(ft.release, '3.13.0');
    assert.equal(ft.freeThreaded, true);
    assert.equal(pythonVersionFacts('3.14.0rc1 (main)').release, '3.14.0rc1');
    assert.throws(() => pythonVersionFacts('fake stuff'), /not a Python sys.version: "fake stuff"/);
  });
});

describe('narratePythonRun', () => {
  it('an unsafe run that lost nothing on 3.10+ says the race is hidden, not fixed', () => {
    const text = narratePythonRun(run({}));
    assert.match(text, /This run lost nothing on Python 3\.11\.7 — the race is hidden, not fixed/);
    assert.match(text, /only at a call or a backward jump/);
  });

  it('an unsafe run that lost says how many, with the book beside it', () => {
    const text = narratePythonRun(run({ pythonVersion: '3.9.18 (main)', found: 461_206, lost: 38_794 }));
    assert.match(text, /lost 38,794 of 500,000 updates \(7\.8%\) on Python 3\.9\.18/);
    assert.match(text, /404231 of 500000/);
    assert.match(text, /between any two bytecodes/);
  });

  it('a free-threaded run is told as parallel threads', () => {
    const text = narratePythonRun(run({ pythonVersion: '3.13.0 experimental free-threading build (main)', found: 300_000, lost: 200_000 }));
    assert.match(text, /\(free-threaded\)/);
    assert.match(text, /no GIL/);
    assert.match(narratePythonRun(run({ pythonVersion: '3.9.1 (main)' })), /only by luck/);
  });

  it('tells the locked run and the run with a call by their results', () => {
    assert.match(narratePythonRun(run({ program: 'locked' })), /counted all 500,000 on Python 3\.11\.7/);
    assert.match(narratePythonRun(run({ program: 'locked', found: 1, lost: 499_999 })), /please report it/);
    const withCall = run({ program: 'unsafe-with-call', switchInterval: 1e-6, found: 313_681, lost: 186_319 });
    assert.match(narratePythonRun(withCall), /at a switch interval of 0\.000001 s, the program lost 186,319 of 500,000/);
    assert.match(narratePythonRun(run({ program: 'unsafe-with-call', switchInterval: 0.005 })), /this run lost nothing/);
  });

  it('an unavailable interpreter is one sentence and a promise that the rest runs', () => {
    const missing: PythonRunResult = { available: false, program: 'unsafe', python: 'python3', reason: 'python3 is not on this machine (spawn python3 ENOENT)' };
    assert.match(narratePythonRun(missing), /^\*python3 is not on this machine \(spawn python3 ENOENT\)\.\* .*everything else/);
    assert.deepEqual(pythonRunLines(missing), ['(not run) python3 is not on this machine (spawn python3 ENOENT)']);
    assert.deepEqual(pythonRunLines(run({})), run({}).stdout);
  });
});

describe('trySeed', () => {
  it('turns a missing interpreter and a failing one into a reason', async () => {
    const missing = await trySeed('unsafe', { python: '/nonexistent/python3', howMany: 10 });
    assert.equal(missing.available, false);
    const broken = fakePython('broken', 'echo "SyntaxError: f-strings" >&2\nexit 1');
    const r = await trySeed('locked', { python: broken, howMany: 10 });
    assert.equal(r.available, false);
    if (!r.available) assert.match(r.reason, /could not run the seed: .*exited with code 1:\nSyntaxError: f-strings/);
  });

  it('still refuses bad options by throwing', async () => {
    await assert.rejects(trySeed('unsafe', { howMany: 0 }), /howMany must be an integer from 1/);
  });
});

describe('pythonBytecode', () => {
  it('a missing interpreter is a result, not a throw', async () => {
    const r = await pythonBytecode('/nonexistent/python3');
    assert.deepEqual(r, { available: false, python: '/nonexistent/python3', reason: '/nonexistent/python3 is not on this machine' });
    assert.deepEqual(bytecodeLines(r), ['(not run) /nonexistent/python3 is not on this machine']);
  });

  it('splits the version line from the disassembly', async () => {
    const fake = fakePython('dis', 'echo "python 3.9.18 (main) [GCC]"\necho "  4   4 LOAD_ATTR   0 (count)"\necho\necho "  8 INPLACE_ADD"');
    const r = await pythonBytecode(fake);
    assert.ok(r.available);
    if (!r.available) return;
    assert.equal(r.pythonVersion, '3.9.18 (main) [GCC]');
    assert.deepEqual(r.lines, ['  4   4 LOAD_ATTR   0 (count)', '  8 INPLACE_ADD']);
    assert.deepEqual(bytecodeLines(r), ['python 3.9.18 (main) [GCC]', ...r.lines]);
  });

  it('on this machine\'s python3, finds the read, the add and the write', async (t) => {
    const r = await pythonBytecode();
    if (!r.available) return t.skip(r.reason);
    assert.doesNotMatch(r.lines.join('\n'), /^python /m);
    const ops = incrementOpcodes(r.lines);
    assert.equal(ops.read, 'LOAD_ATTR');
    assert.ok(ops.add === 'BINARY_OP' || ops.add === 'INPLACE_ADD', String(ops.add));
    assert.equal(ops.write, 'STORE_ATTR');
  });
});

describe('incrementOpcodes', () => {
  it('reads 3.9 and 3.11 disassemblies', () => {
    assert.deepEqual(incrementOpcodes(['4 LOAD_ATTR 0 (count)', '8 INPLACE_ADD', '12 STORE_ATTR 0 (count)']), {
      read: 'LOAD_ATTR', add: 'INPLACE_ADD', write: 'STORE_ATTR',
    });
    assert.deepEqual(incrementOpcodes(['LOAD_ATTR 0 (count)', 'BINARY_OP 13 (+=)', 'STORE_ATTR 0 (count)']), {
      read: 'LOAD_ATTR', add: 'BINARY_OP', write: 'STORE_ATTR',
    });
    assert.deepEqual(incrementOpcodes([]), { read: undefined, add: undefined, write: undefined });
  });
});
