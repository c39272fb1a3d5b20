/// <reference types="vitest/config" />
import { readFile } from "node:fs/promises";
import { FluentResource } from "@fluent/bundle";
import { compileAsync } from "sass";
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

/** How vite.config.ts compiles USWDS's Sass packages (`css.preprocessorOptions.scss`). */
const USWDS_SASS = { loadPaths: ["node_modules/@uswds/uswds/packages"], quietDeps: true };

/** A stylesheet's top-level rules (`@media` and the like whole), as written, in order; without its comments or `@charset`. */
function topLevelRules(stylesheet: string): string[] {
  const css = stylesheet.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*@charset "UTF-8";/, "");
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}

/** A rule with its `url()`s emptied: Vite's Sass step has already swapped the fonts' paths for its own placeholders. */
const withoutUrls = (rule: string) => rule.replace(/url\([^)]*\)/g, "url()");

/**
 * `src/styles/uswds-later.scss` without what `src/styles/uswds.scss` already
 * has. Compiled on its own, each USWDS package brings the packages it
 * depends on (the fonts, the helpers, the icons), which the first
 * stylesheet has already put in the page: loaded again
 * later, their rules would come after `app.css` and undo what it overrides
 * (and each `@font-face` would be a second face to resolve). Without them,
 * the page has the same rules in the same order as when one stylesheet had
 * every package.
 */
function uswdsLaterOnly(): Plugin {
  return {
    name: "uswds-later-only",
    async transform(css, id) {
      // Empty where stylesheets are not built (the unit tests).
      if (!id.endsWith("/uswds-later.scss") || css.trim() === "") return null;
      // Compiled afresh each time: the dev server may have seen uswds.scss change.
      const first = await compileAsync("src/styles/uswds.scss", USWDS_SASS);
      this.addWatchFile("src/styles/uswds.scss");
      const already = new Set(topLevelRules(first.css).map(withoutUrls));
      const rules = topLevelRules(css);
      if (rules.length === 0) this.error("uswds-later.scss compiled to no rules: is this plugin after Vite's Sass step?");
      return { code: rules.filter((rule) => !already.has(withoutUrls(rule))).join("\n"), map: null };
    },
  };
}

/** The class names a stylesheet's selectors name. */
const classesIn = (css: string) => new Set(Array.from(css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (match) => match[1]));

/**
 * Fails the build if the code the page loads at start (the entry chunk and
 * what it imports) names a class that only the job screens' stylesheets
 * (`src/styles/later.ts`: `uswds-later.scss`, `jobs.css`) style: the
 * first screen, the frame and a kiosk's screens are drawn before any job
 * screen has loaded that stylesheet, so such an element would show
 * unstyled. Move the component into a job screen, or its package into
 * `uswds.scss`.
 */
function firstScreenWithoutLaterStyles(): Plugin {
  return {
    name: "first-screen-without-later-styles",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === "chunk" ? [file] : []));
      const cssOf = (chunk: (typeof chunks)[number]) =>
        [...(chunk.viteMetadata?.importedCss ?? [])].map((name) => {
          const asset = bundle[name];
          return asset?.type === "asset" ? String(asset.source) : "";
        });
      const later = chunks.find((chunk) => chunk.facadeModuleId?.endsWith("/src/styles/later.ts"));
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!later || !entry) return this.error("the build has no entry chunk, or no chunk for src/styles/later.ts");
      const first = new Map<string, (typeof chunks)[number]>();
      const visit = (chunk: (typeof chunks)[number]) => {
        if (first.has(chunk.fileName)) return;
        first.set(chunk.fileName, chunk);
        for (const name of chunk.imports) {
          const imported = bundle[name];
          if (imported?.type === "chunk") visit(imported);
        }
      };
      visit(entry);
      const styledAtStart = new Set([...first.values()].flatMap(cssOf).flatMap((css) => [...classesIn(css)]));
      const laterOnly = new Set([...cssOf(later).flatMap((css) => [...classesIn(css)])].filter((name) => !styledAtStart.has(name)));
      const found = [...first.values()].flatMap((chunk) =>
        Array.from(chunk.code.matchAll(/(?<![\w-])((?:usa|app)-[\w-]*\w)(?![\w-])/g), (match) => match[1])
          .filter((name) => laterOnly.has(name))
          .map((name) => `${name} (in ${chunk.fileName})`),
      );
      if (found.length > 0) {
        this.error(`the first screen's code uses classes only src/styles/later.ts loads: ${[...new Set(found)].join(", ")}`);
      }
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
  plugins: [preact(), fluentMessages(), preloadFirstScreenFonts(), uswdsLaterOnly(), firstScreenWithoutLaterStyles()],
  clearScreen: false,
  css: {
    // USWDS from its Sass packages (src/styles/uswds.scss), not its whole compiled CSS.
    preprocessorOptions: { scss: USWDS_SASS },
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
