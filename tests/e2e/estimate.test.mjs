// The Estimate screen in the real app: a parent fills the form by keyboard
// and reads the amount the state's guideline gives (golden cases from
// shared/guidelines/cases, computed by the embedded calculator).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  By, Key, axeViolations, js, openApp, screenshot, startAgency, startDriver, tabTo, userEnv, waitForText,
} from "./harness.mjs";

/** Types into a field by keyboard: focus it with Tab, clear it, type. */
async function typeInto(driver, css, text) {
  await tabTo(driver, css, 200);
  await driver.actions().keyDown(Key.CONTROL).sendKeys("a").keyUp(Key.CONTROL).sendKeys(Key.BACK_SPACE).perform();
  await driver.actions().sendKeys(text).perform();
}

async function chooseState(driver, code) {
  const select = await driver.findElement(By.css("#estimate-jurisdiction"));
  await select.findElement(By.css(`option[value="${code}"]`)).click();
}

async function openEstimate(driver) {
  await driver.findElement(By.css('nav a[href="#/estimate"]')).click();
  await driver.wait(async () => (await driver.findElements(By.css("#estimate-jurisdiction"))).length === 1, 10_000);
}

describe("estimating support in the real app", () => {
  let agency, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    tauriDriver = await startDriver(userEnv(agency.url));
    driver = await openApp(tauriDriver.url);
    await openEstimate(driver);
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("gives Wisconsin's shared-placement example: the other parent pays $375.00 a month", async () => {
    await chooseState(driver, "US-WI");
    await typeInto(driver, "#estimate-children", "2");
    await tabTo(driver, "#custodial-a", 200);
    await driver.actions().sendKeys(Key.SPACE).perform();
    await typeInto(driver, "#income-a", "2000.00");
    await typeInto(driver, "#income-b", "3000.00");
    await typeInto(driver, "#overnights-a", "219");
    await typeInto(driver, "#overnights-b", "146");

    await waitForText(driver, "#estimate-amount", "$375.00");
    assert.equal(
      await driver.findElement(By.css("#estimate-summary")).getText(),
      "The other parent would pay you $375.00 a month.",
    );
    assert.match(await driver.findElement(By.css("#estimate-result")).getText(), /DCF 150/);
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "en-estimate-wisconsin");
  });

  it("gives Georgia's parenting-time example: the other parent pays $879.78 a month", async () => {
    await chooseState(driver, "US-GA");
    await typeInto(driver, "#income-a", "6000.00");
    await typeInto(driver, "#income-b", "10000.00");
    await typeInto(driver, "#overnights-a", "217");
    await typeInto(driver, "#overnights-b", "148");
    // Today's date falls under Georgia's 2026 table, the one this case was worked under.

    await waitForText(driver, "#estimate-amount", "$879.78");
    assert.equal(
      await driver.findElement(By.css("#estimate-summary")).getText(),
      "The other parent would pay you $879.78 a month.",
    );
    assert.match(await driver.findElement(By.css("#estimate-result")).getText(), /19-6-15/);
    assert.deepEqual(await axeViolations(driver), []);
    await js(driver, "document.querySelector('#estimate-result').scrollIntoView()");
    await screenshot(driver, "en-estimate-georgia");
  });

  it("marks a bad income at its field, in words a parent understands", async () => {
    await typeInto(driver, "#income-a", "abc");
    const input = await driver.findElement(By.css("#income-a"));
    await driver.wait(async () => (await input.getAttribute("aria-invalid")) === "true", 10_000);
    const describedBy = await input.getAttribute("aria-describedby");
    const message = await js(
      driver,
      "return arguments[0].split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ')",
      describedBy,
    );
    assert.match(message, /amount in dollars and cents/i);
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "en-estimate-field-error");
  });

  it("remembers the state chosen when the app is reopened", async () => {
    await driver.quit();
    driver = await openApp(tauriDriver.url);
    await openEstimate(driver);
    const chosen = await driver.findElement(By.css("#estimate-jurisdiction")).getAttribute("value");
    assert.equal(chosen, "US-GA");
  });
});
