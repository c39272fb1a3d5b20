// The real app against a bare Tauri 2 window (tests/bench/bare-tauri), both
// release builds, in one run under Xvfb: start-up to interactive, memory once
// settled, the IPC round trip, the binary and the UI's size. Prints a
// Markdown table with the ratio app / bare and the goals of issue 10, and
// writes it into docs/performance.md between its markers.
// Run: tests/bench/startup (which builds both and sets the environment).
//
// Environment: STARTUP_APP, STARTUP_BARE (the two binaries), E2E_SERVER (the
// agency), UI_DIST and BARE_DIST (the two pages), LAUNCHES (15), SETTLE_MS (5000),
// BATCHES (200), STARTUP_OUT (the Markdown file; empty: print only).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { By, startAgency, startDriver, until, userEnv } from "../e2e/harness.mjs";

// selenium-webdriver is installed with the end-to-end suite.
const { Builder, Capabilities } = createRequire(new URL("../e2e/package.json", import.meta.url))("selenium-webdriver");

const APP = process.env.STARTUP_APP;
const BARE = process.env.STARTUP_BARE;
const UI_DIST = process.env.UI_DIST;
const BARE_DIST = process.env.BARE_DIST;
const LAUNCHES = Number(process.env.LAUNCHES ?? 15);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 5000);
const BATCHES = Number(process.env.BATCHES ?? 200);
const BATCH = 20;
const WARMUP = 200;
const OUT = process.env.STARTUP_OUT ?? "";
const BEGIN = "<!-- tests/bench/startup: begin -->";
const END = "<!-- tests/bench/startup: end -->";
for (const [name, path] of Object.entries({ STARTUP_APP: APP, STARTUP_BARE: BARE, UI_DIST, BARE_DIST })) {
  if (!path || !existsSync(path)) throw new Error(`${name} is not set or missing: ${path}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// ---------------------------------------------------------------- processes

/** Every process below `pid` (itself included): pid -> { comm, ppid }. */
function tree(pid) {
  const all = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // comm may hold spaces and parentheses: it ends at the last ")".
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const ppid = Number(stat.slice(close + 2).split(" ")[1]);
      all.set(Number(entry), { comm, ppid });
    } catch {
      /* gone */
    }
  }
  const out = new Map();
  const visit = (p) => {
    if (!all.has(p) || out.has(p)) return;
    out.set(p, all.get(p));
    for (const [child, info] of all) if (info.ppid === p) visit(child);
  };
  visit(pid);
  return out;
}

/** kB of a field of /proc/PID/{status,smaps_rollup}, 0 if gone. */
function kb(pid, file, field) {
  try {
    const m = readFileSync(`/proc/${pid}/${file}`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Memory of the app's process tree: RSS and PSS per kind (the app itself,
 * WebKitWebProcess, WebKitNetworkProcess, the rest: bwrap, xdg-dbus-proxy),
 * in MiB. RSS counts shared pages once per process; PSS shares them out.
 */
function memory(pid) {
  const kinds = {};
  for (const [p, { comm }] of tree(pid)) {
    const kind = p === pid ? "app" : /^WebKitWebProces/.test(comm) ? "web" : /^WebKitNetworkPr/.test(comm) ? "network" : "other";
    kinds[kind] ??= { rss: 0, pss: 0, n: 0 };
    kinds[kind].rss += kb(p, "status", "VmRSS") / 1024;
    kinds[kind].pss += kb(p, "smaps_rollup", "Pss") / 1024;
    kinds[kind].n += 1;
  }
  const total = Object.values(kinds).reduce((t, k) => ({ rss: t.rss + k.rss, pss: t.pss + k.pss }), { rss: 0, pss: 0 });
  return { kinds, total };
}

/** Ends the app: SIGTERM, then SIGKILL; waits until its WebKit processes are gone too. */
async function stop(child) {
  const pids = [...tree(child.pid).keys()];
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((ok) => child.once("exit", ok));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  for (let i = 0; i < 50 && pids.some((p) => existsSync(`/proc/${p}`)); i++) await sleep(100);
  for (const p of pids) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      /* gone, as expected */
    }
  }
}

/**
 * One launch: from spawn() to the moment the page says it is interactive (its
 * own Date.now(), printed by the shell), then memory once settled.
 */
async function launch(bin, env) {
  const t0 = Date.now();
  const child = spawn(bin, [], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env, CHILD_SUPPORT_BENCH_STARTUP: "1" } });
  const lines = createInterface({ input: child.stderr });
  const stderr = [];
  try {
    const marks = await new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`${basename(bin)}: no start-up mark in 60 s:\n${stderr.join("\n")}`)), 60_000);
      lines.on("line", (line) => {
        const m = line.match(/bench-startup interactive (\{.*\})/);
        if (m) {
          clearTimeout(timer);
          ok(JSON.parse(m[1]));
        } else if (stderr.length < 50) stderr.push(line);
      });
      child.once("exit", (code) => fail(new Error(`${basename(bin)} exited with ${code}:\n${stderr.join("\n")}`)));
    });
    await sleep(SETTLE_MS);
    // The page's own clock starts when its navigation does: before that, the
    // process, the shell's setup and WebKit's processes; after it, the page.
    // The app's page also says when it reached each step (ui/src/main.tsx).
    const phases = marks.phases && { ...marks.phases, painted: marks.at - marks.pageStart };
    return { startup: marks.at - t0, shell: Math.round(marks.pageStart - t0), phases, mem: memory(child.pid) };
  } finally {
    await stop(child);
  }
}

// ---------------------------------------------------------------- IPC

/** A WebDriver session on `bin` (through tauri-driver), once its page shows its heading. */
async function session(driverUrl, bin) {
  const caps = new Capabilities();
  caps.setBrowserName("wry");
  caps.set("tauri:options", { application: bin });
  const driver = await new Builder().withCapabilities(caps).usingServer(driverUrl).build();
  await driver.manage().setTimeouts({ script: 120_000, implicit: 0 });
  await driver.wait(until.elementLocated(By.css("main h1")), 30_000);
  return driver;
}

/**
 * As tests/bench/estimate-ipc.mjs: every command timed in the same loop,
 * batch by batch in turn, each batch's mean one sample (WebKit coarsens
 * performance.now() to 1 ms). Returns p50 and p99 per command, in ms.
 */
async function ipc(driver, commands) {
  const means = await driver.executeAsyncScript(
    `const [commands, batches, batch, warmup, done] = arguments;
     const invoke = window.__TAURI_INTERNALS__.invoke;
     (async () => {
       for (const [cmd, args] of commands) for (let i = 0; i < warmup; i++) await invoke(cmd, args);
       const means = commands.map(() => []);
       for (let i = 0; i < batches; i++) {
         for (const [k, [cmd, args]] of commands.entries()) {
           const t = performance.now();
           for (let j = 0; j < batch; j++) await invoke(cmd, args);
           means[k].push((performance.now() - t) / batch);
         }
       }
       done(means);
     })().catch((e) => done({ error: String(e && e.message || e) }));`,
    commands, BATCHES, BATCH, WARMUP,
  );
  if (means.error) throw new Error(means.error);
  return means.map((m) => {
    const s = m.sort((x, y) => x - y);
    return { p50: pct(s, 50), p99: pct(s, 99) };
  });
}

/**
 * The app's own scripts and styles the page has loaded, by file name: the
 * page's own tags and those Vite adds for each dynamic import it makes (the
 * resource timing list is empty for the app's custom scheme).
 */
async function loadedAssets(driver) {
  return driver.executeScript(
    `return [...document.querySelectorAll("script[src], link[href]")]
       .map((e) => (e.src || e.href).split(/[?#]/)[0].split("/").pop());`,
  );
}

// ---------------------------------------------------------------- sizes

/** Bytes of the binary once stripped (the release profile strips; this checks). */
function strippedSize(bin) {
  const dir = mkdtempSync(join(tmpdir(), "startup-strip-"));
  try {
    const out = join(dir, "bin");
    execFileSync("strip", ["-o", out, bin]);
    return { size: statSync(bin).size, stripped: statSync(out).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Gzipped bytes (level 9) of each JS and CSS file of the built UI. */
function uiFiles(dist) {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|css)$/.test(e.name)) {
        const raw = readFileSync(p);
        files.push({ name: e.name, kind: e.name.endsWith(".css") ? "css" : "js", raw: raw.length, gz: gzipSync(raw, { level: 9 }).length });
      }
    }
  };
  walk(dist);
  return files;
}

// ---------------------------------------------------------------- the run

const agency = await startAgency();
const subjects = [
  { key: "app", bin: APP, env: userEnv(agency.url) },
  { key: "bare", bin: BARE, env: userEnv(agency.url) },
];
const results = { app: { startup: [], shell: [], phases: [], mem: [] }, bare: { startup: [], shell: [], phases: [], mem: [] } };
let ipcApp;
let ipcBare;
let assets;
try {
  // One launch each first, not counted: it creates the app's files (store,
  // settings, WebKit's data) and brings both binaries into the page cache,
  // so every counted launch is a start of an installed, used app.
  for (const s of subjects) await launch(s.bin, s.env);
  // Alternate, so that whatever else the machine does falls on both alike.
  for (let i = 0; i < LAUNCHES; i++) {
    for (const s of i % 2 ? [...subjects].reverse() : subjects) {
      const r = await launch(s.bin, s.env);
      results[s.key].startup.push(r.startup);
      results[s.key].shell.push(r.shell);
      if (r.phases) results[s.key].phases.push(r.phases);
      results[s.key].mem.push(r.mem);
      process.stderr.write(`launch ${i + 1}/${LAUNCHES} ${s.key}: ${r.startup} ms, RSS ${r.mem.total.rss.toFixed(0)} MiB\n`);
    }
  }

  // The IPC round trip, each binary through its own tauri-driver.
  for (const s of subjects) {
    const driver = await startDriver(s.env);
    const web = await session(driver.url, s.bin);
    try {
      if (s.key === "app") {
        const wi = { jurisdiction: "US-WI", as_of: "2026-06-01", children: 2,
          parents: { a: { monthly_income: "2000.00", overnights: 219 }, b: { monthly_income: "3000.00", overnights: 146 } } };
        ipcApp = await ipc(web, [["app_info", {}], ["estimate", { case: wi }]]);
        assets = await loadedAssets(web);
      } else {
        [ipcBare] = await ipc(web, [["ping", {}]]);
      }
    } finally {
      await web.quit().catch(() => {});
      await driver.stop();
    }
    process.stderr.write(`IPC ${s.key} measured\n`);
  }
} finally {
  await agency.stop();
}

// ---------------------------------------------------------------- the table

const medMem = (key, kind, what) => median(results[key].mem.map((m) => (kind ? m.kinds[kind]?.[what] ?? 0 : m.total[what])));
const bin = { app: strippedSize(APP), bare: strippedSize(BARE) };
const files = uiFiles(UI_DIST);
const sum = (fs, k) => fs.reduce((t, f) => t + f[k], 0);
const js = files.filter((f) => f.kind === "js");
const css = files.filter((f) => f.kind === "css");
// Matched without Vite's hashes: ui/dist may have been built again since the
// binary embedded it. The tags miss one import: the backend's chunk, which
// the app always loads (ui/src/backend/select.ts).
const unhashed = (name) => name.replace(/-[\w-]{8}\.(js|css)$/, ".$1");
const loaded = new Set(assets.map(unhashed));
const atStart = files.filter((f) => loaded.has(unhashed(f.name)) || unhashed(f.name) === "tauri.js");
const bareFiles = uiFiles(BARE_DIST);

const ms = (x) => `${x.toFixed(0)} ms`;
const mib = (x) => `${x.toFixed(0)} MiB`;
const kB = (x) => `${(x / 1000).toFixed(1)} kB`;
const MB = (x) => `${(x / 1e6).toFixed(2)} MB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "—");
const verdict = (ok) => (ok ? "met" : "**missed**");

/**
 * How far one run's start-up ratio can be trusted, since this machine's
 * launches spread widely: the 5th and 95th percentiles of the ratio of the
 * medians over 2000 resamplings (with replacement) of each binary's
 * launches. Seeded, so that the same launches give the same interval.
 */
function ratioInterval(app, bare, rounds = 2000) {
  let seed = 0x2545f491;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = Array.from({ length: rounds }, () => median(resample(app)) / median(resample(bare)));
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(0.05 * rounds)], ratios[Math.floor(0.95 * rounds)]];
}

const startApp = median(results.app.startup);
const startBare = median(results.bare.startup);
const [startLow, startHigh] = ratioInterval(results.app.startup, results.bare.startup);
const rssApp = medMem("app", null, "rss");
const rssBare = medMem("bare", null, "rss");
const est = ipcApp[1];
const uiTotal = sum(js, "gz") + sum(css, "gz");
const rows = [
  ["**Start-up to interactive**, median", ms(startApp), ms(startBare), ratio(startApp, startBare), "≤ 1.15× bare", verdict(startApp <= 1.15 * startBare)],
  ["  the ratio's 90 % interval (resampling the launches)", "", "", `${startLow.toFixed(2)}–${startHigh.toFixed(2)}×`, "", ""],
  ["  launch to the page's first request (process, shell setup, WebKit)", ms(median(results.app.shell)), ms(median(results.bare.shell)), ratio(median(results.app.shell), median(results.bare.shell)), "", ""],
  ["  the page: first request to interactive", ms(median(results.app.startup.map((x, i) => x - results.app.shell[i]))), ms(median(results.bare.startup.map((x, i) => x - results.bare.shell[i]))), ratio(median(results.app.startup.map((x, i) => x - results.app.shell[i])), median(results.bare.startup.map((x, i) => x - results.bare.shell[i]))), "", ""],
  ...pageSteps(results.app.phases),
  ["**RSS once settled**, app + WebKit, median", mib(rssApp), mib(rssBare), ratio(rssApp, rssBare), "≤ 1.25× bare", verdict(rssApp <= 1.25 * rssBare)],
  ["  the app's own process", mib(medMem("app", "app", "rss")), mib(medMem("bare", "app", "rss")), ratio(medMem("app", "app", "rss"), medMem("bare", "app", "rss")), "", ""],
  ["  WebKitWebProcess", mib(medMem("app", "web", "rss")), mib(medMem("bare", "web", "rss")), ratio(medMem("app", "web", "rss"), medMem("bare", "web", "rss")), "", ""],
  ["  WebKitNetworkProcess", mib(medMem("app", "network", "rss")), mib(medMem("bare", "network", "rss")), ratio(medMem("app", "network", "rss"), medMem("bare", "network", "rss")), "", ""],
  ["  other (bwrap, xdg-dbus-proxy)", mib(medMem("app", "other", "rss")), mib(medMem("bare", "other", "rss")), "", "", ""],
  ["PSS once settled, app + WebKit (shared pages shared out)", mib(medMem("app", null, "pss")), mib(medMem("bare", null, "pss")), ratio(medMem("app", null, "pss"), medMem("bare", null, "pss")), "", ""],
  ["**Estimate IPC p50** (bare: `ping`)", `${est.p50.toFixed(2)} ms`, `${ipcBare.p50.toFixed(2)} ms`, ratio(est.p50, ipcBare.p50), "", ""],
  ["**Estimate IPC p99** (bare: `ping`)", `${est.p99.toFixed(2)} ms`, `${ipcBare.p99.toFixed(2)} ms`, ratio(est.p99, ipcBare.p99), "< 2 ms", verdict(est.p99 < 2)],
  ["`app_info` IPC p50 / p99 (the app's cheapest command)", `${ipcApp[0].p50.toFixed(2)} / ${ipcApp[0].p99.toFixed(2)} ms`, "", "", "", ""],
  ["**Release binary, stripped**", MB(bin.app.stripped), MB(bin.bare.stripped), ratio(bin.app.stripped, bin.bare.stripped), "≤ 15 MB", verdict(bin.app.stripped <= 15e6)],
  ["**UI JS + CSS, gzipped**, every file shipped", kB(uiTotal), kB(sum(bareFiles, "gz")), "", "≤ 250 kB", verdict(uiTotal <= 250e3)],
  [`  JS (${js.length} files)`, kB(sum(js, "gz")), "", "", "", ""],
  [`  CSS (${css.length} files)`, kB(sum(css, "gz")), "", "", "", ""],
  [`  loaded by the first screen (${atStart.length} files)`, kB(sum(atStart, "gz")), "", "", "", ""],
];

/** The app's page, step by step (medians of each launch's steps, in ms). */
function pageSteps(phases) {
  if (phases.length === 0) return [];
  const step = (f) => ms(median(phases.map(f)));
  return [
    ["    its scripts and styles loaded and run", step((p) => p.scripts), "", "", "", ""],
    ["    then home or kiosk and the language (given with the page), the first render started", step((p) => p.render - p.scripts), "", "", "", ""],
    ["    then the first screen's heading (the components, translations)", step((p) => p.heading - p.render), "", "", "", ""],
    ["    then the page's first style and layout, and the tasks before the next frame", step((p) => p.frame - p.heading), "", "", "", ""],
    ["    then that frame's style, layout and paint", step((p) => p.painted - p.frame), "", "", "", ""],
  ];
}

const date = new Date().toISOString().slice(0, 10);
const table = [
  `${date}, release builds under Xvfb, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end; ` +
    `${LAUNCHES} launches of each (after one not counted), alternating; memory ${SETTLE_MS / 1000} s after the page said it was interactive; ` +
    `IPC: ${BATCHES} batches of ${BATCH} calls after ${WARMUP} warm-up calls, percentiles of batch means.`,
  "",
  "| | the app | bare Tauri | app / bare | goal | |",
  "| --- | ---: | ---: | ---: | --- | --- |",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  `Start-up, each launch (ms): app ${results.app.startup.join(", ")}; bare ${results.bare.startup.join(", ")}. ` +
    `Of which before the page's first request: app ${results.app.shell.join(", ")}; bare ${results.bare.shell.join(", ")}.`,
  `RSS, each launch (MiB): app ${results.app.mem.map((m) => m.total.rss.toFixed(0)).join(", ")}; bare ${results.bare.mem.map((m) => m.total.rss.toFixed(0)).join(", ")}.`,
  "",
  "UI files, gzipped (level 9), largest first; * = loaded by the first screen:",
  "",
  "| file | raw | gzipped |",
  "| --- | ---: | ---: |",
  ...[...files].sort((a, b) => b.gz - a.gz).map((f) => `| ${unhashed(f.name)}${atStart.includes(f) ? " *" : ""} | ${kB(f.raw)} | ${kB(f.gz)} |`),
].join("\n");

console.log(table);
if (OUT) {
  const doc = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
  const [before, rest] = doc.includes(BEGIN) ? doc.split(BEGIN) : [doc, END];
  const after = rest.includes(END) ? rest.slice(rest.indexOf(END) + END.length) : "";
  writeFileSync(OUT, `${before}${BEGIN}\n${table}\n${END}${after}`);
  process.stderr.write(`written to ${OUT}\n`);
}
