// Every USWDS class the app's source names is styled by the USWDS it
// compiles. The app builds only the USWDS packages src/styles/uswds.scss and
// uswds-later.scss list; a screen that starts using another component's
// classes would otherwise lose its styling without a word.
//
// A class counts as USWDS's when the design system's complete CSS defines it,
// so names that only look like USWDS's (an icon's file path) are not checked.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "sass";

const ui = fileURLToPath(new URL("..", import.meta.url));

function filesUnder(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** The class names a stylesheet defines (`.name` in its selectors, escapes undone). */
function classesIn(css) {
  const names = new Set();
  for (const match of css.matchAll(/\.((?:[a-zA-Z0-9_-]|\\.)+)/g)) names.add(match[1].replace(/\\(.)/g, "$1"));
  return names;
}

const sources = filesUnder(join(ui, "src"), (name) => /\.(tsx?|css)$/.test(name) && !/\.test\.tsx?$/.test(name));
const used = new Map();
for (const file of sources) {
  // Whole names only: `usa-alert--${type}` is a template, not a class.
  for (const match of readFileSync(file, "utf8").matchAll(/(?<![\w/-])((?:tablet:|desktop:)?(?:usa-|grid-)[a-z0-9_-]*[a-z0-9])(?![\w$-])/g)) {
    if (!used.has(match[1])) used.set(match[1], file.slice(ui.length));
  }
}

const uswds = classesIn(readFileSync(join(ui, "node_modules/@uswds/uswds/dist/css/uswds.css"), "utf8"));
// Compiled as vite.config.ts compiles them, on their own: the app's own CSS names USWDS classes too.
// The first screen's packages and those only the job screens load (uswds-later.scss).
const ours = new Set(
  ["uswds.scss", "uswds-later.scss"].flatMap((file) => [
    ...classesIn(compile(join(ui, "src/styles", file), { loadPaths: [join(ui, "node_modules/@uswds/uswds/packages")], quietDeps: true }).css),
  ]),
);

const missing = [...used].filter(([name]) => uswds.has(name) && !ours.has(name));
if (missing.length > 0) {
  console.error("USWDS classes the app uses but its CSS lacks (add their package to src/styles/uswds.scss, or uswds-later.scss if only job screens use it):");
  for (const [name, file] of missing) console.error(`  .${name} (${file})`);
  process.exit(1);
}
console.log(`USWDS: all ${[...used.keys()].filter((name) => uswds.has(name)).length} classes the app uses are in its CSS`);
