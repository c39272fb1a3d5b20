// Kiosk mode in the real app against the real agency: visitor A starts a
// visit, signs in, looks at the payments, starts an application with a
// planted marker in a name, and sends a document from the office's scanner
// folder whose name holds the marker; then A walks away. The idle warning
// counts down and the visit ends by itself. Afterwards no file of the user's
// data, cache or config directories (the web view's storage with them) and
// none written to the temp directory during the test holds the marker, the
// keyring holds nothing new, and visitor B finds the welcome screen, nothing
// of A behind Back, and nothing of A on Payments, Apply or Documents, nor
// on the clipboard.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import {
  APP, By, Key, agencyRows, attr, axeViolations, chooseInFileDialog, js, openApp, screenshot, signIn, startAgency,
  startDriver, tabTo, tempDir, untilAcrossReload, userEnv, waitForAttr, waitForText, writeKioskConfig,
} from "./harness.mjs";

const WAIT = 40_000;
/** The office's settings: the shortest idle time the app takes, and its shortest warning. */
const IDLE_SECONDS = 30;
const WARNING_SECONDS = 5;
const OFFICE = "Demo County: Main Street office";
/** The file dialog's title, as the app words it in English. */
const DIALOG_TITLE = "Choose a document to send";
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures");

/** Planted in visitor A's application and in the name of A's document. */
const MARKER = `KioskMarker${process.pid}x${Date.now().toString(36)}`;
const started = Date.now();

/**
 * GTK's file chooser adds the chosen file (its full path, so the visitor's
 * file name) to `$XDG_DATA_HOME/recently-used.xbel` unless GTK's recent
 * files are off, as a kiosk turns them off. Checked on its own below.
 */
const RECENTLY_USED = `${sep}recently-used.xbel`;

/** The simulated user's own directories (scanned whole, not only for new files). */
const homeDirs = (env) => [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME];

const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);
const exists = async (driver, css) => (await driver.findElements(By.css(css))).length > 0;
const until = (driver, css) => async () => exists(driver, css);

/** Goes to a page by its navigation link, as a visitor at a touch screen would. */
async function go(driver, route, ready) {
  await driver.findElement(By.css(`nav a[href="#/${route}"]`)).click();
  await driver.wait(until(driver, ready), WAIT, `the ${route} page`);
}

/** Chooses `value` in the select `css` with the arrow keys, as a person would. */
async function selectWithKeys(driver, css, value) {
  await tabTo(driver, css);
  const select = await driver.switchTo().activeElement();
  for (const key of [Key.HOME, ...Array(12).fill(Key.ARROW_DOWN)]) {
    if ((await js(driver, "return document.querySelector(arguments[0]).value", css)) === value) return;
    await select.sendKeys(key);
  }
  assert.equal(await js(driver, "return document.querySelector(arguments[0]).value", css), value);
}

/** Every item of the Secret Service the app would use (its attributes and secrets, as secret-tool prints them). */
function keyringItems() {
  const search = spawnSync("secret-tool", ["search", "--all", "service", "org.childsupport.selfservice"], {
    encoding: "utf8",
  });
  const found = `${search.stdout}\n${search.stderr}`;
  return [...found.matchAll(/^\[(\/[^\]]+)\]$/gm)].map((m) => m[1]).sort();
}

/** The X clipboard's text (xclip), or "" when nobody holds one. */
function clipboard() {
  const read = spawnSync("xclip", ["-o", "-selection", "clipboard"], { encoding: "utf8", timeout: 5000 });
  return read.status === 0 ? read.stdout : "";
}

/** Every file under `dir` (not following links), or none when it isn't there. */
function filesUnder(dir, { newerThan = 0, skip = [] } = {}) {
  const out = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (skip.some((s) => path === s || path.startsWith(s + sep))) continue;
    if (entry.isDirectory()) out.push(...filesUnder(path, { newerThan, skip }));
    else if (entry.isFile()) {
      try {
        if (statSync(path).mtimeMs >= newerThan) out.push(path);
      } catch {
        /* gone meanwhile */
      }
    }
  }
  return out;
}

/** The marker as text in UTF-8, and as UTF-16 (WebKit's storage keeps strings so). */
const NEEDLES = [Buffer.from(MARKER, "utf8"), Buffer.from(MARKER, "utf16le"), Buffer.from(MARKER.toLowerCase(), "utf8")];

/** The files among `files` whose path or content holds the marker. */
function holdingMarker(files) {
  const found = [];
  for (const file of files) {
    if (file.toLowerCase().includes(MARKER.toLowerCase())) {
      found.push(`${file} (its name)`);
      continue;
    }
    let bytes;
    try {
      if (statSync(file).size > 256 * 1024 * 1024) continue;
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    if (NEEDLES.some((needle) => bytes.includes(needle))) found.push(file);
  }
  return found;
}

describe("kiosk mode in the real app", () => {
  let agency, env, office, uploadFolder, document, configPath, tauriDriver, driver, keyringBefore;

  before(async () => {
    agency = await startAgency();
    // The office's own: its configuration and the scanner's folder.
    office = tempDir("kiosk-office");
    uploadFolder = join(office, "scans");
    mkdirSync(uploadFolder);
    document = join(uploadFolder, `scan-${MARKER}.pdf`);
    copyFileSync(join(fixtures, "pay-stub.pdf"), document);
    configPath = join(office, "kiosk.toml");
    writeKioskConfig(configPath, {
      office_name: OFFICE,
      office_id: "DC-01",
      agency_url: agency.url,
      idle_timeout_seconds: IDLE_SECONDS,
      warning_seconds: WARNING_SECONDS,
      languages: ["en", "es"],
      printing: false,
      upload_folder: uploadFolder,
    });
    keyringBefore = keyringItems();
    // The agency's address comes from the kiosk's file; the environment's is ignored on a kiosk.
    env = userEnv("http://127.0.0.1:9/not-the-agency/");
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url, { args: ["--kiosk", configPath] });
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("opens on the welcome screen, with nothing else of the app", async () => {
    await driver.wait(until(driver, "#kiosk-welcome"), WAIT, "the welcome screen");
    assert.equal(await text(driver, "#kiosk-office"), OFFICE);
    assert.equal(await exists(driver, "nav"), false, "no navigation before Start");
    assert.equal(await exists(driver, "#sign-in"), false, "no sign-in before Start");
    assert.equal(await exists(driver, "a[href]"), false, "no links before Start");
    assert.equal(await driver.getTitle(), `Welcome · ${OFFICE}`);
    await screenshot(driver, "kiosk-welcome");
    assert.deepEqual(await axeViolations(driver), []);

    // The context menu is refused (the page keeps the event from the web view).
    const allowed = await js(
      driver,
      "return document.getElementById('kiosk-start').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))",
    );
    assert.equal(allowed, false, "the context menu is refused");

    await driver.findElement(By.id("kiosk-language-es")).click();
    await waitForText(driver, "h1", "Bienvenido");
    await driver.findElement(By.id("kiosk-language-en")).click();
    await waitForText(driver, "h1", "Welcome");
  });

  it("visitor A signs in, sees the payments, starts an application and sends a scanned document", async () => {
    const entries = await js(driver, "return history.length");
    await driver.findElement(By.id("kiosk-start")).click();
    await driver.wait(until(driver, "#kiosk-end-visit"), WAIT, "the visit starts");
    await waitForText(driver, "#kiosk-end-visit", "End my visit");
    assert.equal(await exists(driver, "#quick-exit"), false);

    await signIn(driver, "P-1001", "Maria Lopez");
    assert.deepEqual(keyringItems(), keyringBefore, "a kiosk never uses the keyring");
    assert.equal(await exists(driver, "#sign-out"), false, "End my visit is the way out");

    await go(driver, "payments", "#payments-summary");
    await driver.wait(until(driver, "#payments-export-kiosk"), WAIT, "the note in place of the CSV");
    assert.equal(await exists(driver, "#payments-export"), false, "no CSV on a kiosk");
    assert.equal(await exists(driver, "#payment-notifications"), false, "no notifications on a kiosk");
    await screenshot(driver, "kiosk-payments");

    await go(driver, "apply", "#apply-step");
    const name = await driver.findElement(By.id("apply-applicant-family_name"));
    await name.clear();
    await name.sendKeys(MARKER);
    await waitForAttr(driver, "#apply-saved", "data-state", "saved");
    // A copies their entry, as people do (real keys, through X): it is on the clipboard now.
    await name.click();
    await driver.wait(
      async () => {
        execFileSync("xdotool", ["key", "--clearmodifiers", "ctrl+a", "ctrl+c"]);
        await new Promise((r) => setTimeout(r, 300));
        return clipboard().includes(MARKER);
      },
      WAIT,
      "the copy on the clipboard",
    );

    await go(driver, "documents", "#document-choose");
    await selectWithKeys(driver, "#document-type", "pay_stub");
    await tabTo(driver, "#document-choose");
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await chooseInFileDialog(DIALOG_TITLE, document);
    await driver.wait(
      async () =>
        agencyRows(agency, `SELECT id FROM documents WHERE participant_id = 'P-1001' AND file_name LIKE '%${MARKER}%'`)
          .length === 1,
      WAIT,
      "the document reaches the agency",
    );
    // Moving between pages never added to the history.
    assert.equal(await js(driver, "return history.length"), entries, "the visit added no history entry");
  });

  it("warns “Are you still there?” with its countdown, then ends the visit by itself", async () => {
    const quiet = Date.now();
    await driver.wait(until(driver, "#kiosk-idle-warning"), (IDLE_SECONDS + 10) * 1000, "the idle warning");
    const warnedAfter = (Date.now() - quiet) / 1000;
    const seconds = Number(await attr(driver, "#kiosk-idle-countdown", "data-seconds"));
    assert.ok(seconds >= 1 && seconds <= WARNING_SECONDS, `the countdown shows ${seconds}`);
    assert.match(await text(driver, "#kiosk-idle-countdown"), /^\d seconds? left$/);
    assert.equal(await text(driver, "#kiosk-idle-heading"), "Are you still there?");
    assert.equal(await js(driver, "return document.activeElement?.id"), "kiosk-idle-stay");
    assert.match(await text(driver, "#kiosk-announcer"), /^Are you still there\? Your visit will end in 5 seconds\./);
    await screenshot(driver, "kiosk-idle-warning");
    assert.ok(warnedAfter <= IDLE_SECONDS - WARNING_SECONDS + 5, `warned ${warnedAfter} s after the last input`);

    // Nobody answers: the visit ends, and a fresh page shows the welcome screen.
    await driver.wait(untilAcrossReload(driver, "#kiosk-welcome"), 90_000, "the welcome screen after the visit");
    assert.equal(await exists(driver, "#kiosk-end-visit"), false);
    await screenshot(driver, "kiosk-welcome-again");
  });

  it("leaves no trace of visitor A in the user's directories, the web view's storage, the temp directory or the keyring", () => {
    const home = homeDirs(env).flatMap((dir) => filesUnder(dir));
    assert.ok(home.length > 0, "the web view's storage was looked at");
    // The app leaves nothing new in the temp directory, so the scan proves its reach on a planted file.
    const control = join(tmpdir(), `css-e2e-control-${MARKER}`);
    writeFileSync(control, MARKER);
    const temp = filesUnder(tmpdir(), { newerThan: started, skip: [agency.dir, office, ...homeDirs(env)] });
    const foundInTemp = holdingMarker(temp);
    rmSync(control);
    assert.ok(foundInTemp.includes(`${control} (its name)`), "the scan finds a marker planted in the temp directory");
    // The scan does find the marker where it belongs: the agency holds A's document, by its name.
    assert.ok(holdingMarker(filesUnder(agency.dir)).length > 0, "the scan finds the marker at the agency");
    // The visit's cleaned copies went with their folder.
    const uploads = readdirSync(tmpdir())
      .filter((name) => name.startsWith("csss-uploads-"))
      .filter((name) => filesUnder(join(tmpdir(), name), { newerThan: started }).length > 0);
    assert.deepEqual(
      {
        home: holdingMarker(home).filter((file) => !file.endsWith(RECENTLY_USED)),
        temp: foundInTemp.filter((found) => !found.startsWith(control)),
        uploads,
        keyring: keyringItems(),
      },
      { home: [], temp: [], uploads: [], keyring: keyringBefore },
      "traces of visitor A",
    );
    // The office's scan is the office's: the app never deletes it.
    assert.ok(statSync(document).isFile(), "the scanner's file is still there");
  });

  it("leaves nothing of visitor A on the clipboard", () => {
    assert.equal(clipboard().includes(MARKER), false, "the clipboard after the visit");
  });

  it("keeps no record of the visitor's file in GTK's recently used files", () => {
    assert.deepEqual(holdingMarker(filesUnder(env.XDG_DATA_HOME).filter((file) => file.endsWith(RECENTLY_USED))), []);
  });

  it("visitor B finds nothing of A: not behind Back, not on Payments, Apply or Documents", async () => {
    assert.equal(await js(driver, "return document.body.textContent.includes('Maria')"), false);
    await driver.navigate().back();
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await exists(driver, "#kiosk-welcome"), true, "Back stays on the welcome screen");
    const shown = await js(driver, "return document.body.textContent + location.href");
    assert.ok(!shown.includes("Maria") && !shown.includes(MARKER), "Back shows nothing of A");
    assert.ok(!/#\/(apply|payments|documents)/.test(await driver.getCurrentUrl()), "no page of A's visit in the address");

    await driver.findElement(By.id("kiosk-start")).click();
    await driver.wait(until(driver, "#kiosk-end-visit"), WAIT, "B's visit starts");
    await waitForAttr(driver, "#session-state", "data-state", "signed_out");
    await driver.navigate().back();
    await new Promise((r) => setTimeout(r, 1000));
    const behind = await js(driver, "return document.body.textContent");
    assert.ok(!behind.includes("Maria") && !behind.includes(MARKER), "Back in B's visit shows nothing of A");

    await go(driver, "payments", "#sign-in-prompt");
    assert.equal(await exists(driver, "#payments-summary"), false, "no payments without signing in");
    await go(driver, "apply", "#sign-in-prompt");
    assert.equal(await exists(driver, "#apply-step"), false);

    // B signs in: their own, and nothing of A.
    await signIn(driver, "P-1003", "Aisha Johnson");
    await driver.wait(until(driver, "#apply-step"), WAIT, "B's application form");
    assert.notEqual(await js(driver, "return document.getElementById('apply-applicant-family_name').value"), MARKER);
    await go(driver, "payments", "#payments-summary");
    await driver.wait(until(driver, '[data-case-id="C-1002"]'), WAIT, "B's case");
    assert.equal(await exists(driver, '[data-case-id="C-1001"]'), false, "not A's case");
    await go(driver, "documents", "#document-choose");
    const page = await js(driver, "return document.body.textContent");
    assert.ok(!page.includes(MARKER) && !page.includes("Maria"), "nothing of A on B's pages");
    await screenshot(driver, "kiosk-visitor-b");
    assert.deepEqual(await axeViolations(driver), []);

    // B ends the visit with the button: at once, since nothing is on its way.
    await driver.findElement(By.id("kiosk-end-visit")).click();
    await driver.wait(untilAcrossReload(driver, "#kiosk-welcome"), 90_000, "the welcome screen after End my visit");
  });

  it("refuses to start with a bad kiosk.toml, naming the key", () => {
    // The full matrix is src-tauri/tests/ipc.rs; here the real binary, once.
    const bad = join(office, "bad.toml");
    writeFileSync(bad, readFileSync(configPath, "utf8").replace(/^idle_timeout_seconds = .*$/m, "idle_timeout_seconds = 5"));
    const run = spawnSync(APP, ["--kiosk", bad], { encoding: "utf8", timeout: 30_000, env: { ...process.env, ...env } });
    assert.notEqual(run.status, 0, `exit status ${run.status}`);
    assert.match(run.stderr, /idle_timeout_seconds/);
  });
});
