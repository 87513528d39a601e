import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  countInterleavings,
  countInterleavingsExact,
  describeSteps,
  enumerateInterleavings,
  escapeHtml,
  interleavings,
  interleavingsToHtml,
  simulate,
  summariseInterleavings,
  traceOrder,
} from '../src/interleavings';

// Why "kept" has a closed form, worked out before running anything: an
// increment is lost exactly when another thread's write lands between its read
// and its write, or it reads before another's write and writes after it. So a
// schedule keeps every update only if each increment's read..write span is
// disjoint from every other thread's spans; since every step belongs to some
// span, each increment's three steps must then be contiguous. Kept schedules are
// therefore orderings of T·K whole blocks with each thread's blocks in order:
// (T·K)! / (K!)^T. 2×1: 2, 3×1: 6, 2×2: 4!/(2!2!) = 6.
describe('interleavings', () => {
  it('2 threads × 1 increment: 20 schedules, 2 keep both updates, 18 lose one', () => {
    // 6!/(3!3!) = 20. Kept: only AAABBB and BBBAAA (the argument above). In any
    // other order both reads come before the other's write, both read 0, both
    // write 1: final 1. So 18 lose exactly one update and none lose two.
    const s = summariseInterleavings({ threads: 2, increments: 1 });
    assert.deepEqual(
      [s.total, s.kept, s.lost, s.expected],
      [20, 2, 18, 2],
    );
    assert.deepEqual(s.outcomes, [
      { final: 2, lost: 0, count: 2 },
      { final: 1, lost: 1, count: 18 },
    ]);
    const kept = enumerateInterleavings({ threads: 2, increments: 1 }).filter((it) => it.lost === 0);
    assert.deepEqual(kept.map((it) => it.order), ['AAABBB', 'BBBAAA']);
  });

  it('3 threads × 1 increment: 9!/(3!3!3!) = 1680 schedules, 3! = 6 kept', () => {
    const s = summariseInterleavings({ threads: 3, increments: 1 });
    assert.equal(s.total, 1680);
    assert.equal(s.kept, 6);
    assert.equal(s.lost, 1674);
    assert.equal(s.outcomes.reduce((n, o) => n + o.count, 0), 1680);
  });

  it('2 threads × 2 increments: 12!/(6!6!) = 924 schedules, 6 kept', () => {
    const s = summariseInterleavings({ threads: 2, increments: 2 });
    assert.equal(s.total, 924);
    assert.equal(s.kept, 6);
    // The worst case keeps one update per thread: final never drops below 2.
    assert.equal(Math.min(...s.outcomes.map((o) => o.final)), 2);
  });

  it('every schedule is distinct, keeps each thread in program order, and matches a plain re-simulation', () => {
    const list = enumerateInterleavings({ threads: 3, increments: 1 });
    assert.equal(new Set(list.map((it) => it.order)).size, list.length);
    for (const it of list) {
      for (const name of 'ABC') assert.equal([...it.order].filter((c) => c === name).length, 3);
      // simulate() is the straight loop; the enumerator simulates incrementally.
      assert.equal(simulate(it.order, 3), it.final, it.order);
      assert.equal(it.lost, 3 - it.final);
    }
  });

  it('counts exactly, without enumerating', () => {
    assert.equal(countInterleavings(2, 1), 20);
    assert.equal(countInterleavings(2, 4), 2_704_156); // 24!/(12!12!)
    // 18!/(6!)^3 = 6402373705728000 / 373248000
    assert.equal(countInterleavingsExact(3, 2), 17_153_136n);
    assert.equal(countInterleavings(1, 5), 1);
  });

  it('refuses up front when the count passes the limit', () => {
    assert.throws(
      () => interleavings({ threads: 3, increments: 2 }),
      /3 threads × 2 increments have 17153136 interleavings, more than the limit of 1000000/,
    );
    assert.throws(() => interleavings({ threads: 2, increments: 1, limit: 19 }), /have 20 interleavings, more than the limit of 19/);
    assert.equal(enumerateInterleavings({ threads: 2, increments: 1, limit: 20 }).length, 20);
  });

  it('rejects bad shapes with the parameter, the value and the rule', () => {
    assert.throws(() => countInterleavings(0, 1), /threads must be an integer from 1 to 26, got 0/);
    assert.throws(() => countInterleavings(27, 1), /threads must be an integer from 1 to 26, got 27/);
    assert.throws(() => countInterleavings(2, 1.5), /increments must be an integer >= 1, got 1\.5/);
    assert.throws(() => interleavings({ threads: 2, increments: 1, limit: 0 }), /limit must be an integer >= 1, got 0/);
    assert.throws(() => simulate('AXB', 2), /step 1 by thread X, outside A\.\.B/);
  });

  it('labels steps by thread and kind', () => {
    assert.deepEqual(describeSteps('AABABB'), ['A:read', 'A:add', 'B:read', 'A:write', 'B:add', 'B:write']);
  });
});

describe('interleavingsToHtml', () => {
  const list = enumerateInterleavings({ threads: 2, increments: 1 });

  it('one row per schedule, steps in columns, lost rows highlighted', () => {
    const html = interleavingsToHtml(list, { maxRows: 100 });
    assert.equal((html.match(/<tr/g) ?? []).length, 21); // header + 20
    assert.equal((html.match(/<tr class="lost"/g) ?? []).length, 18);
    assert.match(html, /<th>#<\/th><th>1<\/th>.*<th>6<\/th><th>final<\/th><th>lost<\/th>/);
    assert.match(html, /<tr><td>1<\/td><td>A:read<\/td><td>A:add<\/td><td>A:write<\/td><td>B:read<\/td><td>B:add<\/td><td>B:write<\/td><td>2<\/td><td>0<\/td><\/tr>/);
  });

  it('cuts long lists and says how many it left out', () => {
    const html = interleavingsToHtml(list, { maxRows: 5 });
    assert.equal((html.match(/<tr/g) ?? []).length, 1 + 5 + 1);
    assert.match(html, /<td colspan="9">15 more interleavings not shown<\/td>/);
  });

  it('escapes text', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = interleavingsToHtml(list.slice(0, 1), { caption: 'A <b> & "B"' });
    assert.match(html, /<caption>A &lt;b&gt; &amp; &quot;B&quot;<\/caption>/);
  });
});

it('traceOrder tells one schedule step by step, and the losing write says so', () => {
  const kept = traceOrder('AAABBB', 2);
  assert.deepEqual(kept.map((s) => s.count), [0, 0, 1, 1, 1, 2]);
  assert.ok(kept.every((s) => !s.action.includes('lost')));

  // Both read 0 before either writes: B's write of 1 lands on A's 1.
  const lost = traceOrder('ABABAB', 2);
  assert.deepEqual(lost.map((s) => `${s.thread} ${s.action}`), [
    'A reads 0',
    'B reads 0',
    'A adds 1 in its register → 1',
    'B adds 1 in its register → 1',
    'A writes 1',
    "B writes 1 over A's 1: A's update is lost",
  ]);
  assert.equal(lost[5].count, simulate('ABABAB', 2));
  assert.throws(() => traceOrder('AC', 2), /outside A..B/);
});
