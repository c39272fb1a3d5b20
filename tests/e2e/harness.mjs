// Starts the real pieces for an end-to-end test: the reference agency server
// (a real process on a real SQLite file), tauri-driver (which starts
// WebKitWebDriver, which starts the real app binary), and a WebDriver session.

import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Builder, By, Capabilities, Key, error, until } from "selenium-webdriver";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
export const APP = process.env.E2E_APP ?? join(root, "target/debug/child-support-self-service");
export const SERVER = process.env.E2E_SERVER ?? join(root, "target/debug/agency-server");
export const ARTIFACTS = join(here, "artifacts");
export const DEMO_AGENCY = "Demo County Child Support Services";
export const DEMO_PASSWORD = "demo-password-2026";
const WAIT = 20_000;

export { By, Key, until };

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `css-e2e-${prefix}-`));
}

export async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/**
 * Stops `child`; with `group`, its whole process group (it was spawned
 * detached, so it leads one): tauri-driver's WebKitWebDriver and the app
 * it launched go with it, even when the test failed before WebDriver could
 * close the app, so no app is left behind to keep the test runner waiting.
 */
function stopper(child, { group = false } = {}) {
  const signal = (name) => {
    try {
      if (group) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      /* already gone */
    }
  };
  return () =>
    new Promise((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        // The driver is gone; what it started may not be.
        if (group) signal("SIGKILL");
        return ok();
      }
      child.once("exit", () => {
        if (group) signal("SIGKILL");
        ok();
      });
      signal("SIGTERM");
      setTimeout(() => signal("SIGKILL"), 3000).unref();
    });
}

/**
 * The reference agency with demo data on a fresh database; or, given an
 * earlier one, started again on its database and port.
 */
export async function startAgency(earlier) {
  const dir = earlier?.dir ?? tempDir("agency");
  const listen = earlier ? new URL(earlier.url).host : "127.0.0.1:0";
  const child = spawn(
    SERVER,
    ["--listen", listen, "--database", `sqlite://${join(dir, "agency.db")}`, "--demo"],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, RUST_LOG: "warn" } },
  );
  const first = await new Promise((ok, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", ok);
    child.once("error", (e) => fail(new Error(`cannot start ${SERVER}: ${e.message}`)));
    child.once("exit", (code) => fail(new Error(`agency-server exited with ${code}`)));
  });
  const url = first.replace(/^listening on /, "");
  if (!url.startsWith("http://")) throw new Error(`unexpected agency-server output: ${first}`);
  return { url: `${url}/`, dir, stop: stopper(child) };
}

/**
 * tauri-driver with its own ports and environment: the app it launches
 * inherits `env` (the agency URL, and XDG dirs so that each test has its own
 * config and data).
 */
export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort();
  const child = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
    detached: true,
  });
  let failed;
  child.once("error", (e) => (failed = e));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + WAIT;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (failed) throw new Error(`cannot start tauri-driver: ${failed.message}`);
    if (Date.now() > deadline) throw new Error("tauri-driver did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: stopper(child, { group: true }) };
}

/**
 * Writes an office's `kiosk.toml` at `path`: each key of `settings` with its
 * value (strings, numbers, booleans and lists of strings, which JSON writes
 * as TOML reads them).
 */
export function writeKioskConfig(path, settings) {
  const lines = Object.entries(settings).map(([key, value]) => `${key} = ${JSON.stringify(value)}`);
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** The environment of one simulated user's machine: home dirs of its own. */
export function userEnv(agencyUrl) {
  const home = tempDir("user");
  return {
    CHILD_SUPPORT_AGENCY_URL: agencyUrl,
    XDG_CONFIG_HOME: join(home, "config"),
    XDG_DATA_HOME: join(home, "data"),
    XDG_CACHE_HOME: join(home, "cache"),
  };
}

/**
 * Launches the real app (with `args` on its command line, if any, such as
 * `["--kiosk", path]`) and returns a WebDriver session on its window.
 */
export async function openApp(driverUrl, { args } = {}) {
  const caps = new Capabilities();
  caps.setBrowserName("wry");
  caps.set("tauri:options", args ? { application: APP, args } : { application: APP });
  const driver = await new Builder().withCapabilities(caps).usingServer(driverUrl).build();
  await driver.manage().setTimeouts({ script: 60_000, implicit: 0 });
  await driver.wait(until.elementLocated(By.css("main#main-content h1")), WAIT);
  return driver;
}

export async function waitForText(driver, css, expected) {
  const el = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await driver.wait(async () => (await el.getText()).includes(expected), WAIT, `${css} to contain "${expected}"`);
  return el;
}

export const js = (driver, source, ...args) => driver.executeScript(source, ...args);

/**
 * A condition for `driver.wait`: `css` is on the page, on a page that is
 * being replaced meanwhile (a kiosk's fresh page after a visit). A lookup
 * that the old page's unload cuts short fails with "no such frame"
 * (WebKitWebDriver: "Callback was not called before the unload event");
 * that means not yet, and the next lookup asks the new page.
 */
export const untilAcrossReload = (driver, css) => async () => {
  try {
    return (await driver.findElements(By.css(css))).length > 0;
  } catch (e) {
    if (e instanceof error.NoSuchFrameError) return false;
    throw e;
  }
};

/** Presses Tab (only the keyboard) until `css` has focus. */
export async function tabTo(driver, css, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await js(driver, "return document.activeElement?.matches(arguments[0]) ?? false", css)) return i;
    await driver.actions().sendKeys(Key.TAB).perform();
  }
  throw new Error(`Tab never reached ${css}`);
}

let axeSource;
/** Runs axe-core in the page; returns its violations (none expected). */
export async function axeViolations(driver) {
  axeSource ??= readFileSync(join(here, "node_modules/axe-core/axe.min.js"), "utf8");
  if (!(await js(driver, "return typeof window.axe !== 'undefined'"))) await js(driver, axeSource);
  const result = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { resultTypes: ["violations"] })
      .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")) }))))
      .catch((e) => done({ error: String(e) }));
  `);
  if (result?.error) throw new Error(`axe failed: ${result.error}`);
  return result;
}

/** Titles of the top-level X windows (the real, native titles). */
export function nativeWindowTitles() {
  const tree = execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  return [...tree.matchAll(/^\s+0x[0-9a-f]+ "([^"]*)"/gm)].map((m) => m[1]);
}

/**
 * Saves a screenshot of the window. WebKitGTK's WebDriver takes it when the
 * page next paints. The app paints without GPU compositing
 * (`window::paint_without_compositing`), and then a page that does not change
 * never paints again: the screenshot would wait for ever. So while it waits, a
 * one-pixel mark in a corner, all but transparent and hidden from assistive
 * technology, changes shade every 50 ms, which makes the page paint.
 */
export async function screenshot(driver, name) {
  const dir = join(ARTIFACTS, "screenshots");
  mkdirSync(dir, { recursive: true });
  await js(
    driver,
    `const mark = document.createElement("div");
    mark.id = "e2e-paint-mark";
    mark.setAttribute("aria-hidden", "true");
    mark.style.cssText = "position:fixed;right:0;bottom:0;width:1px;height:1px;pointer-events:none;background:rgba(0,0,0,0.01)";
    document.body.append(mark);
    let shade = 0;
    window.__e2ePaint = setInterval(() => { shade ^= 1; mark.style.background = "rgba(0,0,0," + (shade ? 0.02 : 0.01) + ")"; }, 50);`,
  );
  try {
    writeFileSync(join(dir, `${name}.png`), Buffer.from(await driver.takeScreenshot(), "base64"));
    if (process.env.E2E_STYLES) await saveComputedStyles(driver, name);
  } finally {
    await js(driver, "clearInterval(window.__e2ePaint); document.getElementById('e2e-paint-mark')?.remove();").catch(
      () => {},
    );
  }
}

/**
 * With `E2E_STYLES` set: every element's computed style where a screenshot
 * is taken (its `::before` and `::after` too, where they have content), to
 * `artifacts/styles/NAME.json`. `compare-styles.mjs` compares two runs' files,
 * so a change to how the CSS is built or loaded can be checked on every
 * screen and state the suite visits, not only on what its screenshots show.
 */
async function saveComputedStyles(driver, name) {
  const page = await js(
    driver,
    `const styles = [];
    const ids = new Map();
    const idOf = (style) => {
      const text = Array.from(style, (property) => property + ":" + style.getPropertyValue(property)).join(";");
      if (!ids.has(text)) {
        ids.set(text, styles.length);
        styles.push(text);
      }
      return ids.get(text);
    };
    const pathOf = (element) => {
      const steps = [];
      for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
        steps.unshift(e.tagName.toLowerCase() + ":" + Array.prototype.indexOf.call(e.parentElement.children, e));
      }
      return steps.join("/");
    };
    const elements = [];
    for (const element of document.querySelectorAll("body, body *")) {
      if (element.id === "e2e-paint-mark") continue;
      const path = pathOf(element);
      elements.push([path, element.className && typeof element.className === "string" ? element.className : "", idOf(getComputedStyle(element))]);
      for (const pseudo of ["::before", "::after"]) {
        const style = getComputedStyle(element, pseudo);
        if (style.content !== "none" && style.content !== "normal") elements.push([path + pseudo, "", idOf(style)]);
      }
    }
    return JSON.stringify({ styles, elements });`,
  );
  const dir = join(ARTIFACTS, "styles");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), page);
}

export const attr = (driver, css, name) =>
  js(driver, "return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null", css, name);

export async function waitForAttr(driver, css, name, value) {
  await driver.wait(async () => (await attr(driver, css, name)) === value, WAIT, `${css} [${name}=${value}]`);
}

/**
 * Signs in as a parent does, in the app's sign-in window (the app runs with
 * CHILD_SUPPORT_SIGN_IN=window): Sign in, the agency's own page, back to the
 * app, which says who is signed in.
 */
export async function signIn(driver, user, name) {
  await waitForAttr(driver, "#session-state", "data-state", "signed_out");
  const main = await driver.getWindowHandle();
  await driver.findElement(By.css("#sign-in")).click();
  await waitForAttr(driver, "#session-state", "data-state", "signing_in");
  await driver.wait(async () => (await driver.getAllWindowHandles()).length === 2, WAIT, "the sign-in window");
  const signInWindow = (await driver.getAllWindowHandles()).find((h) => h !== main);
  await driver.switchTo().window(signInWindow);
  const username = await driver.wait(async () => (await driver.findElements(By.css("#username")))[0], WAIT);
  const url = await driver.getCurrentUrl();
  await username.sendKeys(user);
  await driver.findElement(By.css("#password")).sendKeys(DEMO_PASSWORD, Key.ENTER);
  await driver.wait(async () => (await driver.getAllWindowHandles()).length === 1, WAIT, "the sign-in window closes");
  await driver.switchTo().window(main);
  await waitForText(driver, "#session-state", `Signed in as ${name}`);
  return url;
}

/** Runs an operator command of the agency server on its database. */
export function operator(agency, args) {
  return execFileSync(SERVER, [...args, "--database", `sqlite://${join(agency.dir, "agency.db")}`], {
    encoding: "utf8",
  }).trim();
}

/** Rows of the agency's database, as objects (sqlite3's JSON output). */
export function agencyRows(agency, sql) {
  const out = execFileSync("sqlite3", ["-json", join(agency.dir, "agency.db"), sql], { encoding: "utf8" });
  return out.trim() ? JSON.parse(out) : [];
}

/**
 * Picks `path` in the native file dialog titled `title` (GTK's, shown by the
 * app), as a person would with the keyboard: Ctrl+L, the path, Enter. The
 * dialog is a real X window; xdotool types into it.
 */
export async function chooseInFileDialog(title, path) {
  const xdo = (...args) => execFileSync("xdotool", args, { encoding: "utf8" }).trim();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const visible = () => {
    try {
      return xdo("search", "--onlyvisible", "--name", `^${title}$`).split("\n")[0] || null;
    } catch {
      return null;
    }
  };
  const deadline = Date.now() + WAIT;
  // A busy machine can drop keys sent while GTK is still realising the
  // dialog: if it is still open after Enter, type the path again.
  for (let attempt = 0; ; attempt++) {
    let id = visible();
    while (!id) {
      if (Date.now() > deadline) throw new Error(`no file dialog titled "${title}"`);
      await sleep(100);
      id = visible();
    }
    try {
      // Focus only once X lets it (not before the window is viewable).
      xdo("windowfocus", "--sync", id);
    } catch {
      await sleep(100);
      continue;
    }
    await sleep(500 + 1000 * attempt);
    xdo("key", "ctrl+l");
    await sleep(300);
    xdo("key", "ctrl+a");
    xdo("type", "--delay", "5", path);
    await sleep(300);
    xdo("key", "Return");
    const closing = Date.now() + 5000;
    while (visible() && Date.now() < closing) await sleep(100);
    if (!visible()) return;
    if (Date.now() > deadline || attempt >= 3) throw new Error(`the file dialog "${title}" did not take ${path}`);
  }
}

/** Kills the app at once (SIGKILL), as a crash or a power cut would. */
export function killApp() {
  try {
    execFileSync("pkill", ["-KILL", "-f", APP]);
  } catch {
    /* already gone */
  }
}

/**
 * Watches the desktop notifications the app asks for: every
 * `org.freedesktop.Notifications.Notify` call on the test's D-Bus session,
 * as `{ title, body }`, seen with `dbus-monitor` (no notification daemon
 * is needed: the call is on the bus whether or not one answers it).
 * `stop()` ends the watch.
 */
export async function watchNotifications() {
  const monitor = spawn(
    "dbus-monitor",
    ["--session", "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  const seen = [];
  let current = null;
  let ready;
  const started = new Promise((resolve) => (ready = resolve));
  const finish = () => {
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout)
    if (current) seen.push({ title: current[3], body: current[4] });
    current = null;
  };
  createInterface({ input: monitor.stdout }).on("line", (line) => {
    // The monitor's own connection is announced first: from then on it sees every call.
    ready();
    if (line.startsWith("method call ")) {
      finish();
      if (line.includes("member=Notify")) current = [];
      return;
    }
    if (!current || !line.startsWith("   ") || line.startsWith("    ")) return;
    const string = line.match(/^ {3}string "(.*)"$/);
    current.push(string ? string[1] : line.trim());
    if (current.length === 8) finish();
  });
  await Promise.race([started, new Promise((resolve) => setTimeout(resolve, 2000))]);
  return {
    list: () => [...seen],
    stop: () => monitor.kill(),
  };
}
