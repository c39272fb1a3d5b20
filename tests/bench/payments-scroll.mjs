// Scrolling the payment history of 10,000 payments in the real app: frame
// times measured inside its web view while the table scrolls, against
// baselines in the same run: the Estimate screen doing nothing (the web
// view's own frame rate here), and plain tables of static rows in a box of
// the same classes and size, put on the Estimate screen by the script and
// scrolled the same way (what scrolling costs this web view without React
// and without virtualisation): 400 rows for the flick, and as many rows as
// the history has for the drag, where every frame paints rows it has not
// painted before. Run: tests/bench/payments-scroll
//
// A requestAnimationFrame loop sets the scroll position from the frame's own
// time, so a late frame does not slow the scroll down, and records the time
// between frames. Two kinds of scrolling:
//   - "flick": 3,000 px/s back and forth, as a fast wheel or a flick;
//   - "drag": the whole list top to bottom in DURATION_MS, as dragging the
//     scroll bar does: every frame shows rows not shown before.
// WebKit coarsens performance.now() and rAF times to 1 ms, so a 16.7 ms frame
// reads 16 or 17 ms; "over 16.7 ms" counts intervals of 18 ms or more, and
// "missed frames" intervals over 1.5 frames (25 ms).
//
// The app paints without GPU compositing (`window::paint_without_compositing`
// in src-tauri), as it ships; CHILD_SUPPORT_GPU_COMPOSITING=1 in the
// environment measures it with WebKit's own choice instead (which, without a
// GPU, is compositing with software GL, at a third of the frame rate).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import {
  By, openApp, operator, signIn, startAgency, startDriver, tempDir, userEnv, waitForText,
} from "../e2e/harness.mjs";

const PAYMENTS = Number(process.env.PAYMENTS ?? 10_000);
const DURATION_MS = Number(process.env.DURATION_MS ?? 5_000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const WAIT = 120_000;

/** Posts the payments with the agency's own operator command, oldest first. */
function seed(agency) {
  process.env.RUST_LOG = "warn"; // the operator command logs each payment otherwise
  const start = Date.UTC(2024, 0, 2);
  const yesterday = Date.now() - 86_400_000;
  const span = Math.max(1, Math.floor((yesterday - start) / 86_400_000));
  const t = Date.now();
  for (let i = 0; i < PAYMENTS; i++) {
    const day = new Date(start + Math.floor((i * span) / PAYMENTS) * 86_400_000).toISOString().slice(0, 10);
    const cents = 100 + ((i * 7919) % 150);
    const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
    const source = i % 10 === 9 ? "direct" : "wage-withholding";
    operator(agency, ["post-payment", "--case", "C-1001", "--amount", amount, "--source", source, "--received", day]);
    if ((i + 1) % 1000 === 0) console.error(`posted ${i + 1} payments (${((Date.now() - t) / 1000).toFixed(0)} s)`);
  }
}

/**
 * Scrolls `selector` (the document if null) for `duration` ms in the page,
 * and answers the frame intervals and what the table rendered meanwhile.
 */
async function scrollFrames(driver, selector, mode, duration) {
  const result = await driver.executeAsyncScript(
    `const [selector, mode, duration, done] = arguments;
     const el = selector ? document.querySelector(selector) : document.scrollingElement;
     const max = el.scrollHeight - el.clientHeight;
     const table = document.querySelector("#payments-scroller");
     const windows = new Set();
     const frames = [];
     let t0 = null, last = null;
     el.scrollTop = 0;
     const step = (ts) => {
       if (t0 === null) { t0 = last = ts; requestAnimationFrame(step); return; }
       frames.push(ts - last);
       last = ts;
       const elapsed = ts - t0;
       let pos;
       if (mode === "idle") pos = el.scrollTop;
       else if (mode === "drag") pos = Math.min(1, elapsed / duration) * max;
       else { const d = (3000 * elapsed) / 1000 % (2 * max || 1); pos = d <= max ? d : 2 * max - d; }
       el.scrollTop = pos;
       if (table) windows.add(table.dataset.renderedFrom);
       if (elapsed < duration) requestAnimationFrame(step);
       else done({ frames, max, windows: windows.size,
                   rows: table ? table.querySelectorAll("tr.app-history__row").length : 0 });
     };
     requestAnimationFrame(step);`,
    selector,
    mode,
    duration,
  );
  return result;
}

/**
 * A plain table of `rows` static rows in a box of the history's classes and
 * size, put on the current screen and scrolled as `mode` says, then removed:
 * what scrolling such rows costs this web view without React and without
 * virtualisation.
 */
async function staticTable(driver, rows, mode) {
  await driver.executeScript(
    `const box = document.createElement("div");
     box.id = "bench-static-scroller";
     box.className = "app-history__scroller";
     const table = document.createElement("table");
     table.className = "usa-table usa-table--borderless app-history__table";
     const body = document.createElement("tbody");
     for (let i = 0; i < arguments[0]; i++) {
       const tr = document.createElement("tr");
       tr.className = "app-history__row";
       for (const text of ["Mar 14, 2025", "$12.34", "Wage withholding", "Mar 16, 2025", "Details"]) {
         const td = document.createElement("td");
         td.textContent = text;
         tr.append(td);
       }
       body.append(tr);
     }
     table.append(body);
     box.append(table);
     document.querySelector("main#main-content").append(box);
     box.scrollIntoView();`,
    rows,
  );
  await new Promise((r) => setTimeout(r, 500));
  const result = await scrollFrames(driver, "#bench-static-scroller", mode, DURATION_MS);
  await driver.executeScript("document.querySelector('#bench-static-scroller').remove()");
  return result;
}

function stats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return {
    frames: frames.length,
    fps: (1000 * frames.length) / frames.reduce((a, b) => a + b, 0),
    over: frames.filter((f) => f >= 18).length / frames.length,
    missed: frames.filter((f) => f > 25).length / frames.length,
    p50: pct(50),
    p95: pct(95),
    max: sorted[sorted.length - 1],
  };
}

// Posting the payments takes minutes: with SEEDED_DB=FILE, an agency
// database seeded by an earlier run is used, or this run's is saved there.
let agency;
if (process.env.SEEDED_DB && existsSync(process.env.SEEDED_DB)) {
  const dir = tempDir("agency");
  copyFileSync(process.env.SEEDED_DB, join(dir, "agency.db"));
  agency = await startAgency({ dir, url: "http://127.0.0.1:0/" });
} else {
  agency = await startAgency();
  console.error(`posting ${PAYMENTS} payments on C-1001 with agency-server post-payment…`);
  seed(agency);
  if (process.env.SEEDED_DB) {
    execFileSync("sqlite3", [join(agency.dir, "agency.db"), `VACUUM INTO '${process.env.SEEDED_DB}'`]);
  }
}
const env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window" };
const tauriDriver = await startDriver(env);
const driver = await openApp(tauriDriver.url);
try {
  await signIn(driver, "P-1001", "Maria Lopez");
  const go = async (screen) => {
    await driver.findElement(By.css(`nav a[href="#/${screen}"]`)).click();
    await driver.wait(async () => (await driver.getCurrentUrl()).endsWith(`#/${screen}`), WAIT);
  };
  await go("payments");
  await waitForText(driver, "#payments-summary-heading", "Case C-1001");
  await driver.wait(
    async () => {
      const text = await driver.executeScript("return document.querySelector('#payments-count')?.textContent ?? ''");
      const m = text.replace(/,/g, "").match(/(\d+) of (\d+)/);
      return m && Number(m[2]) >= PAYMENTS;
    },
    WAIT,
    `the ${PAYMENTS} payments are listed`,
  );
  const shown = await driver.executeScript("return document.querySelector('#payments-count').textContent");

  const info = { payments: Number(shown.replace(/,/g, "").match(/of (\d+)/)[1]) };
  const staticDrag = `Static table of all ${info.payments.toLocaleString("en-US")} rows, scroll-bar drag (baseline)`;
  const runs = {
    "Estimate screen, idle (baseline)": [],
    "Static table in the same box, flick (baseline)": [],
    [staticDrag]: [],
    "Payments history, flick (3,000 px/s)": [],
    "Payments history, scroll-bar drag (all rows in 5 s)": [],
  };
  // Each measurement's p95 against the baseline scrolled the same way.
  const baselineOf = {
    "Payments history, flick (3,000 px/s)": "Static table in the same box, flick (baseline)",
    "Payments history, scroll-bar drag (all rows in 5 s)": staticDrag,
  };
  for (let round = 0; round < ROUNDS; round++) {
    await go("estimate");
    await driver.wait(async () => (await driver.findElements(By.css("main#main-content h1"))).length > 0, WAIT);
    await new Promise((r) => setTimeout(r, 500));
    let r = await scrollFrames(driver, null, "idle", DURATION_MS);
    runs["Estimate screen, idle (baseline)"].push(...r.frames);
    r = await staticTable(driver, 400, "flick");
    runs["Static table in the same box, flick (baseline)"].push(...r.frames);
    info.staticMax = r.max;
    r = await staticTable(driver, info.payments, "drag");
    runs[staticDrag].push(...r.frames);
    info.staticDragMax = r.max;

    await go("payments");
    await driver.wait(async () => (await driver.findElements(By.css("#payments-scroller"))).length > 0, WAIT);
    await driver.executeScript("document.querySelector('#payments-scroller').scrollIntoView()");
    await new Promise((r) => setTimeout(r, 500));
    r = await scrollFrames(driver, "#payments-scroller", "flick", DURATION_MS);
    runs["Payments history, flick (3,000 px/s)"].push(...r.frames);
    info.flickWindows = r.windows;
    r = await scrollFrames(driver, "#payments-scroller", "drag", DURATION_MS);
    runs["Payments history, scroll-bar drag (all rows in 5 s)"].push(...r.frames);
    info.dragWindows = r.windows;
    info.rows = r.rows;
    info.historyMax = r.max;
  }

  // What one row's formatting costs in this web view: an Intl formatter
  // made for each call (as ui/src/l10n/format.ts does), or one reused.
  const intl = await driver.executeScript(
    `const d = new Date("2025-03-14T00:00:00Z"), n = 500;
     const time = (f) => { const t = performance.now(); for (let i = 0; i < n; i++) f(); return (1000 * (performance.now() - t)) / n; };
     const date = () => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
     const money = () => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
     const [dk, mk] = [date(), money()];
     return { dateFresh: time(() => date().format(d)), dateReused: time(() => dk.format(d)),
              moneyFresh: time(() => money().format("12.34")), moneyReused: time(() => mk.format("12.34")) };`,
  );

  console.log(
    `\nPayments history scrolling, real app (${process.env.E2E_APP ?? "target/debug"}) under Xvfb (no GPU), ` +
      `${shown.trim()}; ${ROUNDS} rounds of ${DURATION_MS / 1000} s each; ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log(
    `(static box scroll range ${info.staticMax} px, ${info.staticDragMax} px with all rows; history ${info.historyMax} px, ` +
      `${info.rows} rows in the DOM, ${info.flickWindows} row windows rendered in a flick, ${info.dragWindows} in a drag)\n`,
  );
  console.log(
    `(Intl in this web view, µs per call: a date ${intl.dateFresh.toFixed(0)} with a new formatter, ` +
      `${intl.dateReused.toFixed(1)} reused; an amount ${intl.moneyFresh.toFixed(0)} new, ${intl.moneyReused.toFixed(1)} reused)\n`,
  );
  console.log("| measurement | frames | mean fps | over 16.7 ms | missed (> 25 ms) | p50 (ms) | p95 (ms) | max (ms) | p95 / baseline scrolled the same way |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, frames] of Object.entries(runs)) {
    const s = stats(frames);
    const pc = (x) => `${(100 * x).toFixed(1)} %`;
    const ratio = baselineOf[name] ? `${(s.p95 / stats(runs[baselineOf[name]]).p95).toFixed(2)}×` : "";
    console.log(
      `| ${name} | ${s.frames} | ${s.fps.toFixed(1)} | ${pc(s.over)} | ${pc(s.missed)} | ${s.p50.toFixed(1)} | ` +
        `${s.p95.toFixed(1)} | ${s.max.toFixed(1)} | ${ratio} |`,
    );
  }
} finally {
  await driver.quit().catch(() => {});
  await tauriDriver.stop();
  await agency.stop();
}
