// Reporting a new address in the real app against the real agency: the
// family-violence case says plainly that the other parent can't see it,
// bad input is stopped with field errors, exactly one update reaches the
// agency's database, and its status follows when the agency confirms it.
// A new employer's address reaches the agency's record of the parent.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, attr, axeViolations, js, openApp, operator, screenshot, signIn, startAgency, startDriver,
  tabTo, userEnv, waitForText,
} from "./harness.mjs";

const WAIT = 40_000;
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);
const updatesOf = (agency, participant) =>
  agencyRows(agency, `SELECT id, status FROM contact_updates WHERE participant_id = '${participant}'`);

describe("a contact update in the real app", () => {
  let agency, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    const env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window", CHILD_SUPPORT_SYNC_SECONDS: "5" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    // P-1003 is a parent on C-1002, which carries the family-violence indicator.
    await signIn(driver, "P-1003", "Aisha Johnson");
    await tabTo(driver, 'nav a[href="#/contact"]');
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await driver.wait(async () => (await text(driver, "#contact-visibility")).includes("C-1002"), WAIT, "who can see it");
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("says plainly that the other parent can't see a new address on the protected case", async () => {
    assert.equal(await attr(driver, '#contact-visibility li[data-case="C-1002"]', "data-other-parent-can-see"), "false");
    assert.match(await text(driver, '#contact-visibility li[data-case="C-1002"]'), /can NOT see your new address/);
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "contact-visibility");
  });

  it("stops a bad phone number with its field error, and sends nothing", async () => {
    await driver.findElement(By.css("#contact-phone")).sendKeys("555-01");
    await driver.findElement(By.css("#contact-submit")).sendKeys(Key.ENTER);
    await waitForText(driver, "#contact-phone-error", "area code");
    assert.equal(await attr(driver, "#contact-phone", "aria-invalid"), "true");
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "contact-errors");
    assert.deepEqual(updatesOf(agency, "P-1003"), []);
    await js(driver, "document.getElementById('contact-phone').select()");
    await driver.findElement(By.css("#contact-phone")).sendKeys(Key.BACK_SPACE);
  });

  it("sends a new address once, and follows the agency's confirmation", async () => {
    await driver.findElement(By.css("#contact-address-line1")).sendKeys("77 Birch Road");
    await driver.findElement(By.css("#contact-address-city")).sendKeys("Lakeview");
    await driver.findElement(By.css("#contact-address-state")).sendKeys("Wisconsin");
    await driver.findElement(By.css("#contact-address-zip")).sendKeys("53700");
    await driver.findElement(By.css("#contact-submit")).sendKeys(Key.ENTER);
    await waitForText(driver, "#contact-sent", "Your update is saved");
    await driver.wait(async () => (await driver.findElements(By.css("#contact-updates li[data-update-id]"))).length === 1, WAIT, "the update, synced");
    const rows = updatesOf(agency, "P-1003");
    assert.equal(rows.length, 1, JSON.stringify(rows));
    const [{ id }] = rows;
    assert.equal(await attr(driver, `li[data-update-id="${id}"]`, "data-status"), "received");
    await screenshot(driver, "contact-sent");

    operator(agency, ["set-status", "contact-update", id, "confirmed"]);
    await driver.wait(
      async () => (await attr(driver, `li[data-update-id="${id}"]`, "data-status")) === "confirmed",
      WAIT,
      "the confirmation shows up by itself",
    );
    assert.equal(updatesOf(agency, "P-1003").length, 1, "still exactly one update");
  });

  it("reports a new employer with the address a withholding order goes to, kept from the other parent", async () => {
    assert.match(await text(driver, "#contact-visibility"), /employer's address is for the agency only/);
    const type = (id, value) => driver.findElement(By.css(`#${id}`)).sendKeys(value);
    await type("contact-employer-name", "Lakeview Hardware");
    await type("contact-employer-start_date", "11/16/2026");
    await type("contact-employer-address-line1", "400 Quarry Road");
    await type("contact-employer-address-city", "Lakeview");
    await driver.findElement(By.css("#contact-employer-address-state")).sendKeys("Wisconsin");
    // The ZIP is left out: the form says so on the employer's address, in place.
    await driver.findElement(By.css("#contact-submit")).sendKeys(Key.ENTER);
    await waitForText(driver, "#contact-employer-address-zip-error", "employer's whole address");
    assert.deepEqual(await axeViolations(driver), []);
    assert.equal(updatesOf(agency, "P-1003").length, 1, "nothing more sent");

    await type("contact-employer-address-zip", "53703");
    await driver.findElement(By.css("#contact-submit")).sendKeys(Key.ENTER);
    await waitForText(driver, "#contact-sent", "Your update is saved");
    await driver.wait(async () => (await driver.findElements(By.css("#contact-updates li[data-update-id]"))).length === 2, WAIT, "the employer update, synced");
    const rows = agencyRows(agency, "SELECT id, body FROM contact_updates WHERE participant_id = 'P-1003' ORDER BY seq");
    assert.equal(rows.length, 2, "exactly one more update");
    const employer = JSON.parse(rows[1].body).employer;
    assert.deepEqual(
      { name: employer.name, start_date: employer.start_date, address: employer.address },
      { name: "Lakeview Hardware", start_date: "2026-11-16", address: { line1: "400 Quarry Road", line2: null, city: "Lakeview", state: "WI", zip: "53703" } },
    );
    await screenshot(driver, "contact-employer");

    operator(agency, ["set-status", "contact-update", rows[1].id, "confirmed"]);
    await driver.wait(
      async () => (await attr(driver, `li[data-update-id="${rows[1].id}"]`, "data-status")) === "confirmed",
      WAIT,
      "the employer update confirmed",
    );
    assert.deepEqual(agencyRows(agency, "SELECT employer, employer_address FROM participants WHERE id = 'P-1003'"), [
      { employer: "Lakeview Hardware", employer_address: "400 Quarry Road\nLakeview, WI 53703" },
    ]);
  });
});
