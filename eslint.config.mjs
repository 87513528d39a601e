// ESLint for the TypeScript in src/, test/ and bench/: typescript-eslint's type-aware recommended
// rules, with the types from tsconfig.json. `npm test` runs it (`npm run lint`) before the build.
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // What is built, installed or exported, and the notebooks (tslab compiles them with its own settings).
    ignores: ["dist/", "node_modules/", ".venv/", ".cache/", "export/", "artifacts/", "jupyter/build/", "notebooks/"],
  },
  {
    files: ["src/**/*.ts", "test/**/*.ts", "bench/**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
);
