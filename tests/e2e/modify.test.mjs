// Requesting a review of an order in the real app against the real agency,
// with the keyboard alone: bad input stopped with errors a screen reader
// hears, the state's rules checked, exactly one request in the agency's
// database, and its status followed when the agency moves it.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, attr, axeViolations, js, openApp, operator, screenshot, signIn, startAgency, startDriver,
  tabTo, userEnv, waitForAttr, waitForText,
} from "./harness.mjs";

const WAIT = 40_000;
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);
const requestsOf = (agency, participant) =>
  agencyRows(
    agency,
    `SELECT id, reason, details, estimated_monthly_cents FROM modification_requests WHERE participant_id = '${participant}'`,
  );

describe("a modification request in the real app", () => {
  let agency, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    const env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window", CHILD_SUPPORT_SYNC_SECONDS: "5" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await signIn(driver, "P-1002", "James Carter");
    await tabTo(driver, 'nav a[href="#/modify"]');
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await driver.wait(async () => (await text(driver, "#modify-order")).includes("$450.00"), WAIT, "the order");
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("stops a request without a reason or details, says why, and sends nothing", async () => {
    await driver.findElement(By.css("#modify-submit")).sendKeys(Key.ENTER);
    await driver.wait(async () => (await driver.findElements(By.css("#modify-error-summary"))).length === 1, WAIT);
    const focusedInSummary = await js(
      driver,
      "return document.getElementById('modify-error-summary').contains(document.activeElement)",
    );
    assert.ok(focusedInSummary, "the summary takes focus, so a screen reader reads it");
    assert.equal(await attr(driver, "#modify-reason-error", "data-problem"), "reason_required");
    assert.equal(await attr(driver, "#modify-details-error", "data-problem"), "required");
    assert.equal(await attr(driver, "#modify-details", "aria-invalid"), "true");
    await screenshot(driver, "modify-errors");
    assert.deepEqual(await axeViolations(driver), []);
    assert.deepEqual(requestsOf(agency, "P-1002"), []);
  });

  it("checks Wisconsin's rules against the new amount, then sends exactly one request", async () => {
    await driver.findElement(By.css("#modify-reason-job_loss")).sendKeys(Key.SPACE);
    await driver.findElement(By.css("#modify-details")).sendKeys("I was laid off on October 31.");
    await driver.findElement(By.css("#modify-source-toggle")).sendKeys(Key.ENTER);
    await driver.findElement(By.css("#modify-estimate")).sendKeys("412.50");
    await waitForAttr(driver, "#modify-verdict", "data-verdict", "meets");
    assert.match(await text(driver, "#modify-difference"), /\$37\.50/);
    assert.match(await text(driver, "#modify-current-monthly"), /\$450\.00/);
    assert.match(await text(driver, "#modify-citation"), /767\.59/);
    await screenshot(driver, "modify-check");
    assert.deepEqual(await axeViolations(driver), []);

    await driver.findElement(By.css("#modify-submit")).sendKeys(Key.ENTER);
    await waitForAttr(driver, "#modify-confirmation", "data-state", "delivered");
    const number = (await text(driver, "#modify-request-number")).trim();
    assert.match(number, /^MR-/);
    await screenshot(driver, "modify-sent");

    const rows = requestsOf(agency, "P-1002");
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.deepEqual(rows[0], {
      id: number,
      reason: "job_loss",
      details: "I was laid off on October 31.",
      estimated_monthly_cents: 41250,
    });
  });

  it("follows the request's status as the agency moves it", async () => {
    const [{ id }] = requestsOf(agency, "P-1002");
    await driver.wait(async () => (await attr(driver, `li[data-request-id="${id}"]`, "data-status")) === "received", WAIT);
    operator(agency, ["set-status", "modification-request", id, "under_review", "--note", "A caseworker has it."]);
    await driver.wait(
      async () => (await attr(driver, `li[data-request-id="${id}"]`, "data-status")) === "under_review",
      WAIT,
      "the new status shows up by itself",
    );
    await waitForText(driver, `li[data-request-id="${id}"]`, "A caseworker has it.");
  });
});
