import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/bindings"] },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.strict, jsxA11y.flatConfigs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Nothing in the UI may reach Tauri except the backend implementation.
      "no-restricted-imports": [
        "error",
        {
          // The UI runs on preact/compat (vite.config.ts), which has React 18's
          // API: these newer names type-check against React's types but do not
          // exist at run time.
          paths: [
            {
              name: "react",
              importNames: ["use", "useActionState", "useOptimistic", "useEffectEvent", "Activity", "cache"],
              message: "preact/compat, which the UI runs on, has no such export.",
            },
            {
              name: "react-dom",
              importNames: ["useFormStatus", "useFormState", "preload", "preinit", "preconnect", "prefetchDNS", "requestFormReset"],
              message: "preact/compat, which the UI runs on, has no such export.",
            },
          ],
          patterns: [
            {
              group: ["@tauri-apps/*"],
              message: "Use the Backend interface (useBackend) instead of Tauri APIs.",
            },
            {
              group: ["@trussworks/react-uswds", "@trussworks/react-uswds/*"],
              message: "Use src/uswds: the library ships all its components whatever one imports.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/backend/tauri.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["vite.config.ts", "eslint.config.js", "scripts/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
);
