// Where the start-up time goes: launches the real app and the bare Tauri
// window (as tests/bench/startup does) under `perf record`, system-wide, and
// shares out the CPU time spent while each page loaded (from its first
// request to the moment it said it was interactive) by process, thread and
// library: JavaScriptCore, WebKit, FreeType... Prints one table, app against
// bare. A profile, not a benchmark: the figures are CPU time, each the median
// over the launches, each sample worth 1/FREQ s.
// Run: tests/bench/startup-profile (which builds both and sets the environment).
//
// With TIMELINE=1 it shows instead when each process used the CPU, from the
// launch to interactive, launch by launch: the CPU time before the page and
// during it, by process, each launch's row sorted by how long it took before
// the page; then the slowest and the fastest launch of each binary slot by
// slot (SLOT_MS, 10 ms). That is for the launches that take longer before
// the page than others: which process had the cores then.
//
// Environment: STARTUP_APP, STARTUP_BARE (the two binaries), E2E_SERVER (the
// agency), LAUNCHES (5), FREQ (3000 samples a second), TIMELINE, SLOT_MS.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { startAgency, userEnv } from "../e2e/harness.mjs";

const APP = process.env.STARTUP_APP;
const BARE = process.env.STARTUP_BARE;
const LAUNCHES = Number(process.env.LAUNCHES ?? 5);
const FREQ = Number(process.env.FREQ ?? 3000);
const TIMELINE = process.env.TIMELINE === "1";
const SLOT_MS = Number(process.env.SLOT_MS ?? 10);
for (const [name, path] of Object.entries({ STARTUP_APP: APP, STARTUP_BARE: BARE })) {
  if (!path || !existsSync(path)) throw new Error(`${name} is not set or missing: ${path}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Seconds on the clock `perf record -k mono` stamps its samples with. */
const monotonic = () => Number(process.hrtime.bigint()) / 1e9;

/** The shared libraries worth telling apart; anything else is "other". */
const LIBRARIES = [
  [/javascriptcoregtk/, "JavaScriptCore"],
  [/webkit2gtk/, "WebKit"],
  [/freetype/, "FreeType"],
  [/harfbuzz/, "HarfBuzz"],
  [/fontconfig/, "Fontconfig"],
  [/brotlidec|woff2/, "WOFF2 decoding"],
  [/cairo|pixman/, "Cairo, pixman"],
  [/kernel/, "kernel"],
  [/^ld-linux/, "dynamic loader"],
  [/^libc\.so/, "libc"],
  [/glib|gobject|gio/, "GLib"],
  [/^perf-\d+\.map$/, "JIT-compiled JavaScript"],
];
const library = (dso) => LIBRARIES.find(([re]) => re.test(dso))?.[1] ?? "other";

/** Which process (or thread) a sample is from, named the same for both binaries. */
function who(comm, bin) {
  if (comm === basename(bin).slice(0, 15)) return "the shell's main thread";
  if (comm === "WebKitWebProces") return "web process, main thread";
  if (comm === "WebKitNetworkPr") return "network process";
  if (["JITWorker", "HeapHelper", "ReceiveQueue", "eadedCompositor"].includes(comm)) return `web process, ${comm}`;
  if (/^(tokio-rt-worker|backend-start|sqlx-sqlite)/.test(comm)) return "the shell's backend threads";
  if (comm === "swapper") return "(idle)";
  return "everything else";
}

/**
 * One profiled launch: the page's window, and its samples as [who, library]
 * (in the page's window only), or with `timeline` every sample from the
 * launch's first (the shell's first sample) to interactive as [who, ms since
 * that first sample, the process's or thread's own name].
 */
function profile(bin, env, dir, timeline = false) {
  const data = join(dir, "perf.data");
  const before = { mono: monotonic(), wall: Date.now() };
  // The app's standard error (where its start-up mark is) and perf's; the
  // app is stopped by `timeout`, so the exit status says nothing.
  const out = spawnSync(
    "perf",
    ["record", "-a", "-g", "-k", "mono", "-F", String(FREQ), "-o", data, "--", "timeout", "4", bin],
    { env: { ...process.env, ...env, CHILD_SUPPORT_BENCH_STARTUP: "1" }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 },
  ).stderr.toString();
  const marks = out.match(/bench-startup interactive (\{.*\})/);
  if (!marks) throw new Error(`${basename(bin)}: no start-up mark:\n${out.slice(0, 2000)}`);
  const { at, pageStart } = JSON.parse(marks[1]);
  const toMono = (wall) => before.mono + (wall - before.wall) / 1000;
  const [from, to] = [toMono(pageStart), toMono(at)];
  const script = execFileSync("perf", ["script", "-i", data, "-F", "comm,tid,time,ip,sym,dso"], {
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 1 << 30,
  }).toString();
  const samples = [];
  const shell = basename(bin).slice(0, 15);
  let launched = null;
  // Each sample: a "comm tid time:" line, then its stack, leaf first.
  for (const block of script.split("\n\n")) {
    const [head, leaf] = block.split("\n");
    const m = head?.match(/^\s*(.+?)\s+\d+\s+(\d+\.\d+):/);
    if (!m) continue;
    const time = Number(m[2]);
    if (timeline) {
      if (launched === null && m[1] === shell) launched = time;
      if (launched !== null && time < to) samples.push([who(m[1], bin), (time - launched) * 1000, m[1]]);
      continue;
    }
    if (time < from || time >= to) continue;
    const dso = leaf?.match(/\(([^)]*)\)\s*$/)?.[1]?.split("/").pop() ?? "?";
    samples.push([who(m[1], bin), library(dso)]);
  }
  if (timeline) {
    if (launched === null) throw new Error(`${basename(bin)}: no sample of the shell`);
    return { before: (from - launched) * 1000, page: (to - from) * 1000, samples };
  }
  return { page: (to - from) * 1000, samples };
}

/** Every launch of `bin` but a first one, which is not counted: it creates the app's files and fills the page cache. */
function launches(bin, agency, timeline) {
  const env = userEnv(agency.url);
  spawnSync("timeout", ["4", bin], { env: { ...process.env, ...env }, stdio: "ignore" });
  const runs = [];
  for (let i = 0; i < LAUNCHES; i++) {
    const dir = mkdtempSync(join(tmpdir(), "startup-profile-"));
    try {
      runs.push(profile(bin, env, dir, timeline));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return runs;
}

async function profileAll(bin, agency) {
  const runs = launches(bin, agency, false);
  // Per launch, ms by process and by process and library; then the medians.
  const perRun = runs.map(({ samples }) => {
    const ms = new Map();
    for (const [proc, lib] of samples) {
      for (const key of [proc, `${proc}\t${lib}`]) ms.set(key, (ms.get(key) ?? 0) + 1000 / FREQ);
    }
    return ms;
  });
  const keys = new Set(perRun.flatMap((ms) => [...ms.keys()]));
  const ms = new Map([...keys].map((key) => [key, median(perRun.map((m) => m.get(key) ?? 0))]));
  return { page: median(runs.map((r) => r.page)), pages: runs.map((r) => Math.round(r.page)), ms };
}

/** The processes of a timeline, in the order of its columns. */
const PROCESSES = [
  "the shell's main thread",
  "the shell's backend threads",
  "web process, main thread",
  "network process",
  "web process, other threads",
  "everything else",
];
const column = (proc) => (proc.startsWith("web process, ") && proc !== PROCESSES[2] ? PROCESSES[4] : proc);
const ABBREVIATED = ["shell", "backend", "web main", "network", "web other", "else"];

/** CPU ms by process (the timeline's columns) of the samples in [from, to) ms since the launch. */
function cpu(samples, from, to) {
  const ms = new Map(PROCESSES.map((p) => [p, 0]));
  for (const [proc, at] of samples) {
    if (proc !== "(idle)" && at >= from && at < to) ms.set(column(proc), ms.get(column(proc)) + 1000 / FREQ);
  }
  return PROCESSES.map((p) => ms.get(p));
}

function printTimeline(name, runs) {
  const f = (x) => x.toFixed(0);
  console.log(`\n### ${name}: CPU ms by process, before the page | during it\n`);
  console.log(`| before, ms | page, ms | ${ABBREVIATED.map((p) => `${p} (before)`).join(" | ")} | ${ABBREVIATED.join(" | ")} |`);
  console.log(`| ${Array(2 + 2 * PROCESSES.length).fill("---:").join(" | ")} |`);
  const sorted = [...runs].sort((a, b) => b.before - a.before);
  for (const run of sorted) {
    const before = cpu(run.samples, 0, run.before);
    const page = cpu(run.samples, run.before, run.before + run.page);
    console.log(`| ${f(run.before)} | ${f(run.page)} | ${before.map(f).join(" | ")} | ${page.map(f).join(" | ")} |`);
  }
  // What "everything else" was before the page (D-Bus, the keyring, X...).
  const others = new Map();
  for (const [i, run] of runs.entries()) {
    for (const [proc, at, comm] of run.samples) {
      if (proc !== "everything else" || at >= run.before) continue;
      const ms = others.get(comm) ?? Array(runs.length).fill(0);
      ms[i] += 1000 / FREQ;
      others.set(comm, ms);
    }
  }
  const largest = [...others].map(([comm, ms]) => [comm, median(ms)]).filter(([, ms]) => ms >= 0.5);
  largest.sort((a, b) => b[1] - a[1]);
  console.log(`\n"else" before the page, by process (median ms per launch): ${largest.map(([c, ms]) => `${c} ${ms.toFixed(1)}`).join(", ")}`);
  for (const [label, run] of [["slowest", sorted[0]], ["fastest", sorted.at(-1)]]) {
    console.log(`\n${name}, the ${label} launch before the page (${f(run.before)} ms), ${SLOT_MS} ms slots; P: the page began\n`);
    console.log(`| ms | ${ABBREVIATED.join(" | ")} |\n| ---: | ${Array(PROCESSES.length).fill("---:").join(" | ")} |`);
    for (let at = 0; at < run.before + run.page; at += SLOT_MS) {
      const mark = run.before >= at && run.before < at + SLOT_MS ? " P" : "";
      console.log(`| ${at}${mark} | ${cpu(run.samples, at, at + SLOT_MS).map((x) => x.toFixed(1)).join(" | ")} |`);
    }
  }
}

const agency = await startAgency();
try {
  if (TIMELINE) {
    console.log(`CPU time from each launch (the shell's first sample) to interactive, ${LAUNCHES} launches each at ${FREQ} samples/s.`);
    console.log("Rows: launches, the longest before the page first. (idle) is left out.");
    printTimeline("The app", launches(APP, agency, true));
    printTimeline("The bare window", launches(BARE, agency, true));
  } else {
    const app = await profileAll(APP, agency);
    const bare = await profileAll(BARE, agency);
    const keys = [...new Set([...app.ms.keys(), ...bare.ms.keys()])].filter((k) => !k.startsWith("(idle)"));
    // Each process, then its libraries, largest difference first.
    const diff = (k) => (app.ms.get(k) ?? 0) - (bare.ms.get(k) ?? 0);
    const procs = keys.filter((k) => !k.includes("\t")).sort((a, b) => diff(b) - diff(a));
    const f = (x) => (x ?? 0).toFixed(1);
    console.log(`CPU time while the page loaded, ms, median of ${LAUNCHES} launches at ${FREQ} samples/s.`);
    console.log(`The page, first request to interactive: the app ${f(app.page)} ms (${app.pages.join(", ")}),`);
    console.log(`the bare window ${f(bare.page)} ms (${bare.pages.join(", ")}). Rows: each process, then its libraries.\n`);
    console.log("| | the app | bare Tauri | app − bare |\n| --- | ---: | ---: | ---: |");
    for (const proc of procs) {
      console.log(`| **${proc}** | ${f(app.ms.get(proc))} | ${f(bare.ms.get(proc))} | ${f(diff(proc))} |`);
      const libs = keys.filter((k) => k.startsWith(`${proc}\t`) && Math.abs(diff(k)) >= 0.5).sort((a, b) => diff(b) - diff(a));
      for (const k of libs) console.log(`|   ${k.split("\t")[1]} | ${f(app.ms.get(k))} | ${f(bare.ms.get(k))} | ${f(diff(k))} |`);
    }
  }
} finally {
  await agency.stop();
}
