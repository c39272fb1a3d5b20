// The Payments screen in the real app against the real agency: the case's
// whole history, worked by the ledger and audited, a payment posted at the
// agency appearing in the app by itself, the chart, and the history saved as
// CSV and the statement as PDF through the real save dialog.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  By, Key, agencyRows, attr, axeViolations, chooseInFileDialog, js, openApp, operator, screenshot, signIn, startAgency,
  startDriver, tempDir, userEnv, waitForAttr, waitForText, watchNotifications,
} from "./harness.mjs";

const WAIT = 40_000;
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);

/** Cents from the agency's database as the app's decimal strings: 12345 -> "123.45". */
const decimal = (cents) => `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;

/** "Showing 24 of 24 payments" as [shown, all]. */
async function counts(driver) {
  const m = (await text(driver, "#payments-count")).replace(/,/g, "").match(/(\d+) of (\d+)/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

describe("payments in the real app", () => {
  let agency, env, tauriDriver, driver, notifications;

  before(async () => {
    agency = await startAgency();
    notifications = await watchNotifications();
    // Sync every 5 seconds, so that a payment posted at the agency shows up
    // while the test watches.
    env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window", CHILD_SUPPORT_SYNC_SECONDS: "5" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await signIn(driver, "P-1001", "Maria Lopez");
    await driver.findElement(By.css('nav a[href="#/payments"]')).click();
    await waitForText(driver, "#payments-summary-heading", "Case C-1001");
  });

  after(async () => {
    notifications?.stop();
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("shows the whole history, the summary for the custodial parent, and the audit", async () => {
    assert.equal(await attr(driver, "#payments-summary", "data-role"), "custodial");
    await waitForText(driver, "#payments-summary", "Owed to you");
    await driver.wait(async () => (await counts(driver))?.[1] > 0, WAIT, "payments are listed");
    const [shown, all] = await counts(driver);
    assert.equal(shown, all, "no filter yet");
    // The agency posts Wisconsin's interest on the arrears itself, so the
    // app's own working of the account comes to the agency's balance.
    await waitForAttr(driver, "#payments-audit", "data-verdict", "matches");
    await waitForText(driver, "#payments-audit", "Our own calculation agrees");
    await screenshot(driver, "payments");
    assert.deepEqual(await axeViolations(driver), []);
  });

  it("shows a payment posted at the agency without being asked, and says so when asked to", async () => {
    assert.deepEqual(notifications.list(), [], "no notification until the parent asks for them");
    // The parent asks for notifications: the choice is kept in the settings file.
    await driver.findElement(By.css("#payment-notifications")).sendKeys(Key.SPACE);
    const settingsFile = join(env.XDG_CONFIG_HOME, "org.childsupport.selfservice", "settings.json");
    await driver.wait(
      async () => existsSync(settingsFile) && JSON.parse(readFileSync(settingsFile, "utf8")).payment_notifications === true,
      WAIT,
      "the choice is saved",
    );
    const [, before] = await counts(driver);
    const id = operator(agency, ["post-payment", "--case", "C-1001", "--amount", "123.45", "--source", "direct"]);
    assert.match(id, /^PAY-/);
    await driver.wait(async () => (await counts(driver))?.[1] === before + 1, WAIT, "the new payment appears");
    await waitForAttr(driver, "#payments-new", "data-count", "1");
    // The desktop is asked to show it, without the amount.
    await driver.wait(async () => notifications.list().length > 0, WAIT, "a desktop notification");
    assert.deepEqual(notifications.list(), [
      { title: "New payment", body: "A payment was posted on case C-1001. Open the app to see it." },
    ]);

    await driver.findElement(By.css("#payments-search")).sendKeys("123.45");
    await driver.wait(async () => (await counts(driver))?.[0] === 1, WAIT, "the search finds it");
    const row = await driver.wait(
      async () => (await driver.findElements(By.css(`tr[data-payment-id="${id}"]`)))[0],
      WAIT,
    );
    await row.findElement(By.css("button")).click();
    const details = `#payment-${id}-details`;
    await driver.wait(
      async () => (await text(driver, details)).includes("$123.45"),
      WAIT,
      `the distribution of the new payment: ${await text(driver, details)}`,
    );
    await screenshot(driver, "payments-new-payment");
  });

  it("plans a payoff", async () => {
    const amount = await driver.findElement(By.css("#payoff-amount"));
    await amount.clear();
    await amount.sendKeys("75.00");
    await driver.findElement(By.css("#payoff-plan")).click();
    await driver.wait(async () => (await attr(driver, "#payoff-outcome", "data-outcome")) !== null, WAIT);
    await waitForText(driver, "#payoff-result", "$75.00");
  });

  it("draws the chart of the balance over time above its table", async () => {
    await js(driver, "document.getElementById('payments-balance-history').scrollIntoView()");
    await driver.wait(
      async () => (await js(driver, "return document.querySelectorAll('#payments-chart canvas').length")) === 2,
      WAIT,
      "uPlot draws both charts",
    );
    assert.equal(await attr(driver, "#payments-chart .app-chart__pictures", "aria-hidden"), "true");
    await waitForText(driver, "#payments-chart-caption", "The table below has each month's figures.");
    const months = await js(driver, "return document.querySelectorAll('#payments-balances tbody tr').length");
    assert.equal(await attr(driver, "#payments-chart", "data-months"), String(months));
    await screenshot(driver, "payments-chart");
    // Contrast too: the real window has a layout.
    assert.deepEqual(await axeViolations(driver), []);
  });

  it("saves the whole history as CSV through the save dialog, with the agency's payments", async () => {
    if ((await driver.findElements(By.css("#payments-clear-filters"))).length > 0) {
      await driver.findElement(By.css("#payments-clear-filters")).click();
    }
    await driver.wait(async () => {
      const c = await counts(driver);
      return c !== null && c[0] === c[1];
    }, WAIT, "every payment shown");
    const dir = tempDir("export");
    const path = join(dir, "payments-C-1001.csv");
    await driver.findElement(By.css("#payments-export")).click();
    await chooseInFileDialog("Save the payment history", path);
    await waitForText(driver, "#payments-export-status", `The payment history was saved to ${path}`);

    const lines = readFileSync(path, "utf8").split("\r\n");
    assert.equal(lines.pop(), "", "every record ends with CRLF");
    assert.equal(lines.shift(), "date_received,amount,source,current_support,arrears,interest,fees,disbursed_on");
    const held = agencyRows(
      agency,
      "SELECT received_on, amount_cents, source, current_support_cents, arrears_cents, interest_cents, fees_cents, disbursed_on " +
        "FROM payments WHERE case_id = 'C-1001'",
    );
    assert.ok(held.length > 1);
    assert.equal(lines.length, held.length, "one row per payment the agency holds");
    const expected = held.map((p) =>
      [p.received_on, decimal(p.amount_cents), p.source, decimal(p.current_support_cents), decimal(p.arrears_cents),
        decimal(p.interest_cents), decimal(p.fees_cents), p.disbursed_on ?? ""].join(","),
    );
    assert.deepEqual([...lines].sort(), expected.sort());
    // Newest first, as on screen, with the payment posted in the test above.
    assert.ok(lines.some((line) => line.split(",")[1] === "123.45"));
    const dates = lines.map((line) => line.split(",")[0]);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  it("saves the statement as a PDF through the save dialog", async () => {
    const path = join(tempDir("export"), "statement-C-1001.pdf");
    await driver.findElement(By.css("#payments-export-pdf")).click();
    await chooseInFileDialog("Save the payment statement", path);
    await waitForText(driver, "#payments-export-status", `The statement was saved to ${path}`);
    const pdf = readFileSync(path);
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    const text = pdf.toString("latin1");
    assert.ok(text.includes("C-1001"), "the case number is in the statement");
    assert.ok(text.includes("Payment statement: case C-1001"), "its title");
    assert.ok(text.trimEnd().endsWith("%%EOF"));
    assert.equal(existsSync(`${path}.partial`), false);
    await screenshot(driver, "payments-exported");
  });
});
