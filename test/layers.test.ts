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

/** The lesson library's floors, which every room of the publishing side may build on. */
const LESSON = ["core", "engine", "eventLoop", "analysis", "python", "narrate", "show", "parameters"];

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
  // The publishing side, in rooms by role. What an export folder holds (its folders, the isolation
  // headers) is named once, below every room, so no room imports another to agree on a path.
  { name: "site", holds: ["publish/site/"], builds: [] },
  // The server's boundary pieces (replies, request bodies, the rate limit), shared by the presenter
  // and the class session.
  { name: "http", holds: ["publish/http/"], builds: ["core", "site"] },
  {
    // The plan and every export decision. It runs at export time, with no server: it imports
    // neither the presenter nor the class session (a floor below both).
    name: "export",
    holds: ["publish/export/"],
    builds: [...LESSON, "site"],
  },
  {
    // The class session and the student's join client, with the protocol both sides import. It
    // never imports the export: a session runs from any export folder, and the export carries
    // its results over by the folder's name alone (site/).
    name: "class",
    holds: ["publish/class/"],
    builds: [...LESSON, "site", "http"],
  },
  {
    // Code that runs in a browser, bundled by esbuild: the engine, the event loop, narrators and
    // pure chart configurations, the class protocol and its chart, and its own room; never the
    // export, the server, or anything that needs Node (checked on the bundle's import graph below).
    name: "browser",
    // liveness.ts and browserName.ts are the panel's pure rules, unit-tested in Node, so they sit
    // beside browser/ (which the Node build leaves out) but stand on its floor.
    holds: ["publish/present/browser/", "publish/present/liveness.ts", "publish/present/browserName.ts"],
    builds: ["core", "engine", "eventLoop", "analysis", "narrate", "show", "site", "class"],
  },
  {
    // The isolated static server, its options and its CLI, which mounts the class session.
    name: "present",
    holds: ["publish/present/"],
    builds: [...LESSON, "site", "http", "class"],
  },
  {
    name: "entries",
    holds: ["index.ts", "cli.ts"],
    builds: [...LESSON, "site", "class"],
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

test("no .ts lies loose in src/publish/: every file there is in a room", () => {
  const loose = readdirSync(path.join(SRC, "publish")).filter((name) => name.endsWith(".ts"));
  assert.deepEqual(loose, [], `put these in a room of src/publish/: ${loose.join(", ")}`);
});

/**
 * The modules a browser entry reaches, following its relative imports (type-only imports are
 * erased by esbuild and bring nothing), with every package or built-in module they name.
 */
function reached(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const [statement = "", specifier = ""] of source.matchAll(
      /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s*["']([^"']+)["']/gms,
    )) {
      if (/^\s*(?:import|export)\s+type\b/.test(statement)) continue;
      if (!specifier.startsWith(".")) {
        packages.set(specifier, path.relative(ROOT, file));
        continue;
      }
      const resolved = path.resolve(path.dirname(file), specifier);
      const next = [`${resolved}.ts`, path.join(resolved, "index.ts")].find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
      if (next) visit(next);
    }
  };
  visit(entry);
  return { files, packages };
}

test("the browser's bundles reach no Node module: only chart.js among packages", () => {
  // esbuild bundles these for --platform=browser (package.json, build:browser); a Node module
  // pulled in by a shared file would fail there, or worse, only in the browser.
  const browser = path.join(SRC, "publish", "present", "browser");
  const entries = readdirSync(browser)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(browser, name));
  for (const entry of entries) {
    const { packages } = reached(entry);
    const foreign = [...packages].filter(([name]) => name !== "chart.js");
    assert.deepEqual(
      foreign.map(([name, file]) => `${name} (imported by ${file})`),
      [],
      `${path.relative(ROOT, entry)} reaches Node or another package`,
    );
  }
});

test("the stepper's script, inlined in every widget, reaches no package and nothing Node-only", () => {
  // Bundled from this entry (package.json, build:browser) and inlined whole in each widget, in a
  // notebook, a page or a deck opened from disk: a package would swell every copy, a Node module
  // would break it in the browser alone. The lesson's own files it reaches (the play's rules, the
  // simulation and the narrator) the Node build compiles and tests too.
  const entry = path.join(SRC, "lesson", "show", "stepper", "browser", "entry.ts");
  const { files, packages } = reached(entry);
  assert.deepEqual(
    [...packages].map(([name, file]) => `${name} (imported by ${file})`),
    [],
    "the stepper's script reaches a package",
  );
  const rooms = [...files].map((file) => path.relative(SRC, file).split(path.sep).join("/"));
  assert.ok(rooms.includes("lesson/analysis/interleavings.ts"), "the stepper plays another simulation than raceStep's");
  const outside = rooms.filter((file) => file.startsWith("publish/"));
  assert.deepEqual(outside, [], "the stepper's script reaches the publishing side");
  // Its narrator reads the stepper's two phrase tables; the whole index would swell every copy.
  assert.ok(rooms.includes("lesson/narrate/stepper.ts"), "the stepper's words come from elsewhere than its narrator");
  assert.ok(!rooms.includes("lesson/narrate/phrases/index.ts"), "the stepper's script bundles every phrase table");
});
