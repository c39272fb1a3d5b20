// Receipts on a kiosk that prints, in the real app against the real agency:
// a visitor sends a request for a review of their order and prints its
// receipt. The print goes to the office's printer without a dialog (GTK's
// print dialog would offer "Print to File", a file chooser onto the whole
// disk). Here the office's printer is GTK's own "Print to File", writing
// into a folder the test reads: the page printed is the receipt alone, with
// the confirmation number, the office and the visitor's first name, and
// nothing else of theirs.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, js, nativeWindowTitles, openApp, screenshot, signIn, startAgency, startDriver, tempDir,
  untilAcrossReload, userEnv, waitForAttr,
} from "./harness.mjs";

const WAIT = 40_000;
const OFFICE = "Demo County: Main Street office";
const DETAILS = "I was laid off on October 31.";
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);
const exists = async (driver, css) => (await driver.findElements(By.css(css))).length > 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The text of a PDF, as poppler's pdftotext reads it. */
const pdfText = (path) => execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });

/** A top-level window that looks like a print dialog. */
const printDialogs = () => nativeWindowTitles().filter((t) => /print/i.test(t));

describe("a kiosk that prints receipts", () => {
  let agency, printed, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    const office = tempDir("kiosk-printing-office");
    const config = join(office, "kiosk.toml");
    writeFileSync(
      config,
      [
        `office_name = ${JSON.stringify(OFFICE)}`,
        `office_id = "DC-01"`,
        `agency_url = ${JSON.stringify(agency.url)}`,
        "idle_timeout_seconds = 600",
        "warning_seconds = 30",
        `languages = ["en", "es"]`,
        "printing = true",
        // GTK's file printer stands in for the office's: it writes a PDF.
        `printer = "Print to File"`,
        "",
      ].join("\n"),
    );
    const env = userEnv("http://127.0.0.1:9/not-the-agency/");
    // "Print to File" writes output.pdf into the user's documents folder.
    printed = join(office, "printed");
    mkdirSync(printed);
    mkdirSync(env.XDG_CONFIG_HOME, { recursive: true });
    writeFileSync(join(env.XDG_CONFIG_HOME, "user-dirs.dirs"), `XDG_DOCUMENTS_DIR="${printed}"\n`);
    // This machine has no print server: GTK's CUPS backend would wait for one.
    mkdirSync(join(env.XDG_CONFIG_HOME, "gtk-3.0"));
    writeFileSync(join(env.XDG_CONFIG_HOME, "gtk-3.0", "settings.ini"), "[Settings]\ngtk-print-backends=file\n");
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url, { args: ["--kiosk", config] });
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("prints the receipt of a request, and only the receipt, without a dialog", async () => {
    await driver.wait(() => exists(driver, "#kiosk-start"), WAIT, "the welcome screen");
    await driver.findElement(By.id("kiosk-start")).click();
    await driver.wait(() => exists(driver, "#kiosk-end-visit"), WAIT, "the visit starts");
    await driver.findElement(By.css('nav a[href="#/modify"]')).click();
    await signIn(driver, "P-1002", "James Carter");
    await driver.wait(async () => (await text(driver, "#modify-order")).includes("$450.00"), WAIT, "the order");

    await driver.findElement(By.css("#modify-reason-job_loss")).sendKeys(Key.SPACE);
    await driver.findElement(By.css("#modify-details")).sendKeys(DETAILS);
    await driver.findElement(By.css("#modify-submit")).sendKeys(Key.ENTER);
    await waitForAttr(driver, "#modify-confirmation", "data-state", "delivered");
    const number = (await text(driver, "#modify-request-number")).trim();
    assert.match(number, /^MR-/);
    assert.equal(agencyRows(agency, `SELECT id FROM modification_requests WHERE details = '${DETAILS}'`).length, 1);

    // What the receipt holds: the number, the office, the first name; never the family name or the details.
    const receipt = await text(driver, "#kiosk-receipt");
    assert.ok(receipt.includes(number) && receipt.includes(OFFICE) && receipt.includes("James"), receipt);
    assert.ok(!receipt.includes("Carter") && !receipt.includes("laid off"), receipt);
    await screenshot(driver, "kiosk-receipt-offered");

    await driver.findElement(By.id("kiosk-print-receipt")).click();
    const output = join(printed, "output.pdf");
    const deadline = Date.now() + WAIT;
    let size = -1;
    // Written once the print job ends: wait until it is there and stops growing.
    while (!(existsSync(output) && statSync(output).size > 0 && statSync(output).size === size)) {
      assert.ok(Date.now() < deadline, `nothing printed into ${printed}: ${readdirSync(printed)}`);
      assert.deepEqual(printDialogs(), [], "no print dialog");
      size = existsSync(output) ? statSync(output).size : -1;
      await sleep(500);
    }
    assert.deepEqual(printDialogs(), [], "no print dialog");
    const page = pdfText(output);
    assert.ok(page.includes(number), `the number on the printed page: ${page}`);
    assert.ok(page.includes("James") && page.includes("Main Street"), page);
    assert.ok(!page.includes("Carter") && !page.includes("laid off"), `nothing else of the visitor: ${page}`);
    assert.ok(!page.includes("End my visit") && !page.includes("Estimate"), `the receipt alone, not the screen: ${page}`);

    // The app carries on: the visit ends as usual.
    await driver.findElement(By.id("kiosk-end-visit")).click();
    await driver.wait(untilAcrossReload(driver, "#kiosk-welcome"), 90_000, "the welcome screen after the visit");
  });
});
