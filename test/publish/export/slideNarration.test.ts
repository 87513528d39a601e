// scripts/export.py's narration_lead: what a slide shows of a long narration, and what the
// speaker notes keep. Run in the export's own Python, on the cases the lesson's narrators make.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { ROOT, skipWithoutVenv } from "../../helpers/jupyter";

const PROBE = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("export", sys.argv[1])
module = importlib.util.module_from_spec(spec)
sys.modules["export"] = module
spec.loader.exec_module(module)
cases = json.loads(sys.stdin.read())
print(json.dumps([module.narration_lead(text, limit) for text, limit in cases]))
`;

function leads(cases: [string, number][]): [string, string][] {
  const out = execFileSync(
    path.join(ROOT, ".venv", "bin", "python"),
    ["-c", PROBE, path.join(ROOT, "scripts", "export.py")],
    {
      input: JSON.stringify(cases),
      encoding: "utf8",
    },
  );
  return JSON.parse(out) as [string, string][];
}

test(
  "a long narration: whole sentences on the slide while they fit, the rest for the notes",
  { skip: skipWithoutVenv ?? false },
  () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    const [short, long, bold, list, korean, single] = leads([
      ["**Lost 5 of 10 updates.** Every value was written.", 45],
      [`${words(20)}. ${words(20)}. ${words(20)}.`, 45],
      [`**Lost 247,866 of 400,000 updates.** ${words(50)}.`, 45],
      [
        `**Tracing slows it 2.5×**, read it so (medians of 3):\n- unsafe: 6.45 ns\n- locked: 60.7 ns\n\n${words(40)}.`,
        12,
      ],
      [`갱신을 잃었다. ${words(30)}. ${words(30)}.`, 40],
      [words(60), 45],
    ]);
    assert.deepEqual(short, ["**Lost 5 of 10 updates.** Every value was written.", ""], "a short one is left whole");
    assert.deepEqual(long, [`${words(20)}. ${words(20)}.`, `${words(20)}.`]);
    assert.deepEqual(
      bold,
      ["**Lost 247,866 of 400,000 updates.**", `${words(50)}.`],
      "the bold that closes a sentence stays with it",
    );
    assert.deepEqual(
      list,
      [
        "**Tracing slows it 2.5×**, read it so (medians of 3).",
        `- unsafe: 6.45 ns\n- locked: 60.7 ns\n\n${words(40)}.`,
      ],
      "a list is never cut; the colon that announced it becomes a full stop",
    );
    assert.deepEqual(korean, [`갱신을 잃었다. ${words(30)}.`, `${words(30)}.`]);
    assert.deepEqual(single, [words(60), ""], "one sentence too long to cut stays whole");
  },
);
