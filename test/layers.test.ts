// The floors of src/ are real: every file stands on one floor, and each floor imports only
// from the floors it builds on (README, "How the code is laid out"). A new file that no floor
// places, or an import across the grain, fails here.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "./helpers/jupyter";

const SRC = path.join(ROOT, "src");

interface Floor {
  name: string;
  /** Paths under src/ this floor holds: a folder ("lesson/engine/") or a file ("cli.ts"). */
  holds: string[];
  /** The floors it may import from, besides itself. */
  builds: string[];
}

/** Bottom to top. The lesson library knows nothing of exports, decks or servers. */
const FLOORS: Floor[] = [
  { name: "core", holds: ["lesson/core/"], builds: [] },
  { name: "engine", holds: ["lesson/engine/"], builds: ["core"] },
  { name: "eventLoop", holds: ["lesson/eventLoop/"], builds: ["core"] },
  { name: "python", holds: ["lesson/python/"], builds: ["core"] },
  { name: "analysis", holds: ["lesson/analysis/"], builds: ["core", "engine"] },
  { name: "narrate", holds: ["lesson/narrate/"], builds: ["core", "engine", "eventLoop", "analysis", "python"] },
  { name: "show", holds: ["lesson/show/"], builds: ["core", "engine", "eventLoop", "analysis", "python", "narrate"] },
  {
    name: "parameters",
    holds: ["lesson/parameters/"],
    builds: ["core", "engine", "eventLoop", "analysis", "python", "narrate", "show"],
  },
  {
    name: "publish",
    holds: ["publish/"],
    builds: ["core", "engine", "eventLoop", "analysis", "python", "narrate", "show", "parameters"],
  },
  {
    // The presenter, its class session, and the client a student's machine joins with.
    name: "present",
    holds: ["publish/present/", "publish/join.ts"],
    builds: ["core", "engine", "eventLoop", "analysis", "python", "narrate", "show", "parameters", "publish"],
  },
  {
    name: "entries",
    holds: ["index.ts", "cli.ts"],
    builds: [
      "core",
      "engine",
      "eventLoop",
      "analysis",
      "python",
      "narrate",
      "show",
      "parameters",
      "publish",
      "present",
    ],
  },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith(".ts") ? [full] : [];
  });
}

/** The floor a path under src/ stands on, or undefined if no floor holds it; the most specific holding wins. */
function floorOf(relative: string): Floor | undefined {
  const posix = relative.split(path.sep).join("/");
  let best: { floor: Floor; length: number } | undefined;
  for (const floor of FLOORS) {
    for (const held of floor.holds) {
      const holds = held.endsWith("/") ? posix.startsWith(held) : posix === held;
      if (holds && held.length > (best?.length ?? -1)) best = { floor, length: held.length };
    }
  }
  return best?.floor;
}

/** Where a relative import from `file` lands, as a path under src/ (with .ts), or a note if outside. */
function target(file: string, specifier: string): string {
  const resolved = path.resolve(path.dirname(file), specifier);
  const relative = path.relative(SRC, resolved);
  if (relative.startsWith("..")) return `outside src: ${specifier}`;
  for (const candidate of [`${relative}.ts`, path.join(relative, "index.ts"), relative]) {
    if (floorOf(candidate)) return candidate;
  }
  return relative;
}

const SOURCES = files(SRC);

test("every file under src/ stands on a floor", () => {
  const unplaced = SOURCES.map((file) => path.relative(SRC, file)).filter((relative) => !floorOf(relative));
  assert.deepEqual(unplaced, [], `files no floor holds (add them to FLOORS): ${unplaced.join(", ")}`);
});

test("the floors are in order: each builds only on floors below it", () => {
  FLOORS.forEach((floor, index) => {
    const below = FLOORS.slice(0, index).map((f) => f.name);
    for (const name of floor.builds) assert.ok(below.includes(name), `${floor.name} builds on ${name}, not below it`);
  });
});

for (const floor of FLOORS) {
  test(`src floor ${floor.name} imports only from ${[floor.name, ...floor.builds].join(", ")}`, () => {
    for (const file of SOURCES.filter((f) => floorOf(path.relative(SRC, f)) === floor)) {
      const source = readFileSync(file, "utf8");
      for (const [, specifier = ""] of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
        if (!specifier.startsWith(".")) continue; // node: and packages
        const landing = target(file, specifier);
        const other = floorOf(landing);
        assert.ok(
          other && (other === floor || floor.builds.includes(other.name)),
          `${path.relative(ROOT, file)} imports ${specifier} (${other?.name ?? landing}), across the floors`,
        );
      }
    }
  });
}
