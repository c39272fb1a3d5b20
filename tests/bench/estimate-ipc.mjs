// Measures the estimate round trip through the real app's IPC: from the web
// view's invoke() to the answer, against the cheapest command (app_info) in
// the same run as the baseline. Run: tests/bench/estimate-ipc
//
// WebKit coarsens performance.now() to whole milliseconds, so single calls
// cannot be timed: calls are timed in batches of BATCH back-to-back calls
// and each batch's mean is one sample (resolution 1 ms / BATCH). The p99 of
// batch means understates a single call's worst case.
import { openApp, startAgency, startDriver, userEnv } from "../e2e/harness.mjs";

const BATCHES = Number(process.env.BATCHES ?? 200);
const BATCH = 20;
const WARMUP = 200;

const CASES = {
  "US-WI": { jurisdiction: "US-WI", as_of: "2026-06-01", children: 2,
    parents: { a: { monthly_income: "2000.00", overnights: 219 }, b: { monthly_income: "3000.00", overnights: 146 } } },
  "US-GA": { jurisdiction: "US-GA", as_of: "2026-02-01", children: 2, custodial: "a",
    parents: { a: { monthly_income: "6000.00", overnights: 217 }, b: { monthly_income: "10000.00", overnights: 148 } } },
};

/**
 * Times every command in the same loop, batch by batch in turn, so that
 * warm-up, caches and machine noise fall on all of them alike.
 */
async function measure(driver, commands) {
  return driver.executeAsyncScript(
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
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const agency = await startAgency();
const driver = await startDriver(userEnv(agency.url));
const app = await openApp(driver.url);
try {
  const commands = [["app_info", {}], ...Object.values(CASES).map((c) => ["estimate", { case: c }])];
  const names = ["app_info (baseline)", ...Object.keys(CASES).map((state) => `estimate ${state}`)];
  const means = await measure(app, commands);
  if (means.error) throw new Error(means.error);
  const sorted = means.map((m) => m.sort((x, y) => x - y));
  const [b50, b99] = [pct(sorted[0], 50), pct(sorted[0], 99)];
  const rows = sorted.map((s, k) => [names[k], pct(s, 50), pct(s, 99), pct(s, 50) / b50, pct(s, 99) / b99]);
  console.log(
    `Estimate IPC round trip, real app (${process.env.E2E_APP ?? "target/debug"}): ${BATCHES} batches of ${BATCH} calls ` +
      `per command after ${WARMUP} warm-up calls; percentiles of batch means; ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log("| command | p50 (ms) | p99 (ms) | p50 / baseline | p99 / baseline |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, p50, p99, r50, r99] of rows) {
    console.log(`| ${name} | ${p50.toFixed(3)} | ${p99.toFixed(3)} | ${r50.toFixed(2)}× | ${r99.toFixed(2)}× |`);
  }
} finally {
  await app.quit().catch(() => {});
  await driver.stop();
  await agency.stop();
}
