// ESLint for the TypeScript in src/, test/, bench/ and tools/: typescript-eslint's type-aware recommended
// rules, with the types from tsconfig.json. `npm test` runs it (`npm run lint`) before the build.
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // What is built, installed or exported, and the notebooks (tslab compiles them with its own settings).
    ignores: ["dist/", "node_modules/", ".venv/", ".cache/", "export/", "artifacts/", "jupyter/build/", "notebooks/"],
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "tools/**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // node:test's test/describe/it return promises the runner itself awaits; any other
      // promise left floating is still an error.
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "describe", "it", "suite"] },
          ],
        },
      ],
      // Leaving a key out of a copy is written as destructuring it beside a rest.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // A lock and a runner pass on what they caught, Error or not, exactly as it was thrown.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingUnknown: true }],
      // playwright's and qrcode's declarations need the DOM lib this Node project leaves out: their
      // entry points are required untyped and described by hand where they are used.
      "@typescript-eslint/no-require-imports": ["error", { allow: ["^playwright-core$", "^qrcode$"] }],
    },
  },
  {
    // Deliberate evaluation: the real import() of ES-only packages from CommonJS output (a
    // Function, since tsc rewrites import() to require()).
    files: ["bench/asyncLock.ts"],
    rules: { "@typescript-eslint/no-implied-eval": "off" },
  },
  {
    // A table cell may hold any value; String() of it is the documented default format.
    files: ["src/lesson/show/htmlTable.ts"],
    rules: { "@typescript-eslint/no-base-to-string": "off" },
  },
);
