// Compares the computed styles two runs of the suite saved with E2E_STYLES=1
// (harness.mjs, `saveComputedStyles`): for every screenshot both runs took,
// each element's style property by property. Prints what differs and exits
// non-zero if anything does.
//
//   E2E_STYLES=1 ./run && mv artifacts/styles /tmp/before
//   (change how the CSS is built or loaded, rebuild)
//   E2E_STYLES=1 ./run && node compare-styles.mjs /tmp/before artifacts/styles
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: node compare-styles.mjs BEFORE_DIR AFTER_DIR");
  process.exit(2);
}

const load = (dir, file) => JSON.parse(readFileSync(join(dir, file), "utf8"));
const properties = (text) => new Map(text.split(";").map((pair) => [pair.slice(0, pair.indexOf(":")), pair.slice(pair.indexOf(":") + 1)]));

const beforeFiles = new Set(readdirSync(before).filter((f) => f.endsWith(".json")));
const afterFiles = new Set(readdirSync(after).filter((f) => f.endsWith(".json")));
let differences = 0;
let compared = 0;
for (const file of [...beforeFiles].filter((f) => !afterFiles.has(f))) console.log(`${file}: only in ${before}`);
for (const file of [...afterFiles].filter((f) => !beforeFiles.has(f))) console.log(`${file}: only in ${after}`);
for (const file of [...beforeFiles].filter((f) => afterFiles.has(f)).sort()) {
  const a = load(before, file);
  const b = load(after, file);
  const bElements = new Map(b.elements.map(([path, className, id]) => [path, { className, id }]));
  const seen = new Set();
  for (const [path, className, id] of a.elements) {
    const other = bElements.get(path);
    if (!other) continue;
    seen.add(path);
    compared++;
    if (a.styles[id] === b.styles[other.id]) continue;
    const pa = properties(a.styles[id]);
    const pb = properties(b.styles[other.id]);
    const changed = [...new Set([...pa.keys(), ...pb.keys()])].filter((p) => pa.get(p) !== pb.get(p));
    differences++;
    console.log(`${file} ${path} .${className.split(/\s+/).join(".")}`);
    for (const p of changed) console.log(`    ${p}: ${pa.get(p)} -> ${pb.get(p)}`);
  }
  const missing = a.elements.length - seen.size;
  const added = b.elements.length - seen.size;
  if (missing || added) console.log(`${file}: ${missing} elements only before, ${added} only after (the page's content differed)`);
}
console.log(`${compared} elements compared in ${[...beforeFiles].filter((f) => afterFiles.has(f)).length} states; ${differences} differ`);
process.exit(differences ? 1 : 0);
