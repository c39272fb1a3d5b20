/// <reference types="vitest/config" />
import { readFile } from "node:fs/promises";
import { FluentResource } from "@fluent/bundle";
import { defineConfig, type HtmlTagDescriptor, type Plugin } from "vite";
import preact from "@preact/preset-vite";

/**
 * `import text from "./x.ftl?messages"`: the file's messages, parsed here by
 * the parser the page would otherwise run (`FluentResource`), as the JSON
 * text of what it makes. The page turns a file's JSON into a bundle the
 * first time it needs one of its messages (`src/l10n/bundles.ts`): parsing
 * JSON is a fraction of parsing Fluent, which took 2-3 ms of the first
 * screen for its one small file and 4-8 ms of the first visit to another
 * screen for the shared file (docs/performance.md). In the app, the tests
 * and the dev server alike.
 */
function fluentMessages(): Plugin {
  const query = "?messages";
  return {
    name: "fluent-messages",
    enforce: "pre",
    async load(id) {
      if (!id.endsWith(query)) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const { body } = new FluentResource(await readFile(file, "utf8"));
      return `export default ${JSON.stringify(JSON.stringify(body))};`;
    },
  };
}

/**
 * The web fonts the first screen draws with (Source Sans and Merriweather,
 * regular and bold), asked for by index.html itself, so they arrive while
 * the scripts load. Found only by the first style pass, they were still
 * loading then: WebKitGTK looked up system fallbacks for every font on the
 * page, about 30 ms of the first screen's start (docs/performance.md), and
 * the headings changed font once Merriweather came. Which faces a screen
 * uses: `document.fonts`, whose status is "loaded" or "loading" for those.
 */
const FIRST_SCREEN_FONTS = [
  "sourcesanspro-regular-webfont",
  "sourcesanspro-bold-webfont",
  "Latin-Merriweather-Regular",
  "Latin-Merriweather-Bold",
];

function preloadFirstScreenFonts(): Plugin {
  return {
    name: "preload-first-screen-fonts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context): HtmlTagDescriptor[] {
        const files = Object.keys(context.bundle ?? {});
        return FIRST_SCREEN_FONTS.map((stem) => {
          // Each name ends with "-<hash>.woff2"; Bold is not BoldItalic.
          const file = files.find((name) => name.endsWith(".woff2") && name.split("/").pop()?.startsWith(`${stem}-`));
          if (!file) throw new Error(`the build has no ${stem} font to preload: did USWDS rename its fonts?`);
          // `crossorigin`: fonts are fetched in CORS mode, and a preload is used only when the modes match.
          return { tag: "link", attrs: { rel: "preload", href: `/${file}`, as: "font", type: "font/woff2", crossorigin: true }, injectTo: "head" };
        });
      },
    },
  };
}

// Tauri serves dist/ at the root of its own scheme; the dev server is only
// reached from the Tauri window (devUrl) or a local browser preview.
// The built app has no inline script or style (strict CSP). The dev server does:
// Vite injects CSS as <style> elements, so `tauri dev` needs a looser `devCsp`
// than the release CSP.
//
// The UI is written against React's API and runs on Preact's (`preact/compat`):
// the preset points `react`, `react-dom` and their sub-paths at it, in the app,
// the dev server and the unit tests alike, so the tests exercise what ships.
// React DOM was 207 kB of the first screen's 268 kB of script
// (docs/performance.md).
export default defineConfig({
  plugins: [preact(), fluentMessages(), preloadFirstScreenFonts()],
  clearScreen: false,
  css: {
    // USWDS from its Sass packages (src/styles/uswds.scss), not its whole compiled CSS.
    preprocessorOptions: {
      scss: { loadPaths: ["node_modules/@uswds/uswds/packages"], quietDeps: true },
    },
  },
  server: {
    port: 1420,
    strictPort: true,
    host: "127.0.0.1",
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The WebKitGTK/WebView2 CSP forbids inline scripts; keep the build free of them.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    testTimeout: 15000,
    // The two packages that import `react` themselves. Left to Node, they
    // would load React, and Vite alone would pick their CommonJS builds, whose
    // `require`s Node resolves: so Vite runs their ES modules, and their
    // imports of `react` reach `preact/compat` and the one copy of Preact.
    server: { deps: { inline: [/@testing-library\/react/, /@fluent\/react/] } },
    alias: [
      { find: /^@testing-library\/react$/, replacement: "@testing-library/react/dist/@testing-library/react.esm.js" },
      { find: /^@fluent\/react$/, replacement: "@fluent/react/esm/index.js" },
    ],
  },
});
