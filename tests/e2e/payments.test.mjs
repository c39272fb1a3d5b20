// The Payments screen in the real app against the real agency: the case's
// whole history, worked by the ledger and audited, and a payment posted at
// the agency appearing in the app by itself.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  By, Key, attr, axeViolations, js, openApp, operator, screenshot, signIn, startAgency, startDriver, userEnv,
  waitForAttr, waitForText,
} from "./harness.mjs";

const WAIT = 40_000;
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);

/** "Showing 24 of 24 payments" as [shown, all]. */
async function counts(driver) {
  const m = (await text(driver, "#payments-count")).replace(/,/g, "").match(/(\d+) of (\d+)/);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

describe("payments in the real app", () => {
  let agency, env, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
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
    const verdict = await attr(driver, "#payments-audit", "data-verdict");
    assert.ok(["matches", "differs"].includes(verdict), `the audit ran: ${verdict}`);
    await screenshot(driver, "payments");
    assert.deepEqual(await axeViolations(driver), []);
  });

  it("shows a payment posted at the agency without being asked, and says so when asked to", async () => {
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
});
