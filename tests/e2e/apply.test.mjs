// Applying for services in the real app against the real agency, with the
// keyboard alone: bad input stopped with errors a screen reader hears, the
// whole application sent once and held by the agency exactly as typed, its
// status followed, and a submission that survives the app being killed.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, attr, axeViolations, js, killApp, openApp, operator, screenshot, signIn, startAgency,
  startDriver, tabTo, userEnv, waitForAttr, waitForText,
} from "./harness.mjs";

const WAIT = 40_000;
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);
const applicationsOf = (agency, participant) =>
  agencyRows(
    agency,
    `SELECT id, status, fee_cents, body FROM applications WHERE participant_id = '${participant}' ORDER BY seq`,
  ).map((row) => ({ ...row, body: JSON.parse(row.body) }));

/** Types into the field with this id (`apply-` + the field's path). */
async function type(driver, id, value) {
  const field = await driver.findElement(By.id(`apply-${id}`));
  await field.clear();
  if (value !== "") await field.sendKeys(value);
}

async function typeDate(driver, id, month, day, year) {
  await type(driver, `${id}-month`, month);
  await type(driver, `${id}-day`, day);
  await type(driver, `${id}-year`, year);
}

/** Space on a checkbox or radio, as the keyboard does. */
const press = async (driver, id, key = Key.SPACE) => driver.findElement(By.id(id)).sendKeys(key);

async function next(driver, to) {
  await press(driver, "apply-next", Key.ENTER);
  await waitForAttr(driver, "#apply-step", "data-step", String(to));
}

/** Picks a state in a select by typing its name, as the keyboard does. */
async function chooseState(driver, id, name, code) {
  await driver.findElement(By.id(`apply-${id}`)).sendKeys(name);
  assert.equal(await js(driver, "return document.getElementById(arguments[0]).value", `apply-${id}`), code);
}

async function aboutYou(driver) {
  await type(driver, "applicant-given_name", "Grace");
  await type(driver, "applicant-family_name", "Kim");
  await typeDate(driver, "applicant-date_of_birth", "4", "2", "1990");
  await type(driver, "applicant-ssn", "123-45-6789");
  await type(driver, "applicant-phone", "608-555-0142");
  await type(driver, "applicant-email", "grace.kim@example.org");
  await type(driver, "applicant-address-line1", "40 Lake St");
  await type(driver, "applicant-address-city", "Madison");
  await chooseState(driver, "applicant-address-state", "Wisconsin", "WI");
  await type(driver, "applicant-address-zip", "53703");
  if (!(await driver.findElement(By.id("apply-applicant-receives_medicaid")).isSelected())) {
    await press(driver, "apply-applicant-receives_medicaid");
  }
}

/** Steps 1 to 7, from the other parent to the signature, then Submit. */
async function theRest(driver, description) {
  await next(driver, 1);
  await type(driver, "other_parent-given_name", "Daniel");
  await type(driver, "other_parent-family_name", "Kim");
  await type(driver, "other_parent-aliases", "Danny");
  await type(driver, "other_parent-employer", "Lakeside Foods");
  await type(driver, "other_parent-description", description);
  await next(driver, 2);
  await type(driver, "children-0-given_name", "Mina");
  await type(driver, "children-0-family_name", "Kim");
  await typeDate(driver, "children-0-date_of_birth", "3", "9", "2019");
  await press(driver, "apply-children-0-paternity-not_established");
  await next(driver, 3);
  await next(driver, 4);
  await press(driver, "apply-service-establish_paternity");
  await press(driver, "apply-service-establish_order");
  await next(driver, 5);
  await next(driver, 6);
  assert.equal(await attr(driver, "#apply-fee", "data-waived"), "true", "Medicaid: no fee");
  await next(driver, 7);
  await type(driver, "signature-typed_name", "Grace Kim");
  await press(driver, "apply-signature-consent");
  await press(driver, "apply-submit", Key.ENTER);
}

describe("an application for services in the real app", () => {
  let agency, env, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window", CHILD_SUPPORT_SYNC_SECONDS: "5" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await signIn(driver, "P-1005", "Grace Kim");
    await tabTo(driver, 'nav a[href="#/apply"]');
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await waitForAttr(driver, "#apply-step", "data-step", "0");
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("stops a future date of birth, a malformed SSN and empty fields, says why, and sends nothing", async () => {
    await type(driver, "applicant-family_name", "Kim");
    await typeDate(driver, "applicant-date_of_birth", "1", "1", "2099");
    await type(driver, "applicant-ssn", "12-345");
    await press(driver, "apply-next", Key.ENTER);
    await driver.wait(async () => (await driver.findElements(By.css("#apply-error-summary"))).length === 1, WAIT);
    assert.ok(
      await js(driver, "return document.getElementById('apply-error-summary').contains(document.activeElement)"),
      "the summary takes focus, so a screen reader reads it",
    );
    assert.equal(await attr(driver, "#apply-step", "data-step"), "0", "the step does not change");
    assert.equal(await attr(driver, "#apply-applicant-given_name-error", "data-problem"), "required");
    assert.equal(await attr(driver, "#apply-applicant-given_name", "aria-invalid"), "true");
    assert.equal(await attr(driver, "#apply-applicant-date_of_birth-error", "data-problem"), "future_date");
    assert.equal(await attr(driver, "#apply-applicant-ssn-error", "data-problem"), "invalid_ssn");
    assert.equal(await attr(driver, "#apply-applicant-address-zip-error", "data-problem"), "required");
    await screenshot(driver, "apply-errors");
    assert.deepEqual(await axeViolations(driver), []);
    assert.deepEqual(applicationsOf(agency, "P-1005"), []);
  });

  it("sends the whole application once; the agency holds exactly what was typed", async () => {
    await aboutYou(driver);
    await theRest(driver, "Tall, drives a blue pickup");
    await waitForAttr(driver, "#apply-confirmation", "data-state", "delivered");
    const number = (await text(driver, "#apply-application-number")).trim();
    assert.match(number, /^AP-\d{6}$/);
    await screenshot(driver, "apply-sent");
    assert.deepEqual(await axeViolations(driver), []);

    const rows = applicationsOf(agency, "P-1005");
    assert.equal(rows.length, 1, JSON.stringify(rows));
    const [row] = rows;
    assert.equal(row.id, number);
    assert.equal(row.status, "received");
    assert.equal(row.fee_cents, 0);
    assert.deepEqual(row.body.applicant, {
      given_name: "Grace",
      family_name: "Kim",
      date_of_birth: "1990-04-02",
      ssn: "123-45-6789",
      phone: "(608) 555-0142",
      email: "grace.kim@example.org",
      address: { line1: "40 Lake St", line2: null, city: "Madison", state: "WI", zip: "53703" },
      receives_tanf: false,
      receives_medicaid: true,
    });
    assert.deepEqual(row.body.other_parent, {
      given_name: "Daniel",
      family_name: "Kim",
      aliases: ["Danny"],
      date_of_birth: null,
      ssn: null,
      last_known_address: null,
      phone: null,
      employer: "Lakeside Foods",
      description: "Tall, drives a blue pickup",
    });
    assert.deepEqual(row.body.children, [
      { given_name: "Mina", family_name: "Kim", date_of_birth: "2019-03-09", paternity: "not_established" },
    ]);
    assert.deepEqual(row.body.existing_orders, []);
    assert.deepEqual(row.body.services, ["establish_paternity", "establish_order"]);
    assert.deepEqual(row.body.safety, {
      fears_harm: false,
      request_family_violence_flag: false,
      address_confidentiality: false,
    });
    assert.deepEqual(row.body.signature, { typed_name: "Grace Kim", consent: true });
  });

  it("follows the application's status as the agency moves it", async () => {
    const [{ id }] = applicationsOf(agency, "P-1005");
    const item = `#applications li[data-application-id="${id}"]`;
    await driver.wait(async () => (await attr(driver, item, "data-status")) === "received", WAIT, "listed");
    operator(agency, ["set-status", "application", id, "needs_information", "--note", "Please send Mina's birth certificate."]);
    await driver.wait(
      async () => (await attr(driver, item, "data-status")) === "needs_information",
      WAIT,
      "the new status shows up by itself",
    );
    await waitForText(driver, item, "Please send Mina's birth certificate.");
    await screenshot(driver, "apply-status");
  });

  it("keeps an application sent while the agency is down through a kill, and delivers it once", async () => {
    await press(driver, "apply-new", Key.ENTER);
    await waitForAttr(driver, "#apply-step", "data-step", "0");
    await aboutYou(driver);
    await agency.stop();
    await theRest(driver, "second application");
    await driver.wait(
      async () => ["queued", "sending"].includes(await attr(driver, "#apply-confirmation", "data-state")),
      WAIT,
      "saved on this computer",
    );
    killApp();
    await driver.quit().catch(() => {});
    await tauriDriver.stop();

    agency = await startAgency(agency);
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await waitForAttr(driver, "#session-state", "data-state", "signed_in");
    await driver.wait(
      async () => applicationsOf(agency, "P-1005").length === 2,
      WAIT,
      "the restarted app sends what was saved",
    );
    // Once: whatever the outbox retries later, nothing more arrives.
    const states = () =>
      js(driver, "return [...document.querySelectorAll('#outbox li')].map((li) => li.dataset.state)");
    await driver.wait(async () => {
      const now = await states();
      return now.length === 2 && now.every((state) => state === "delivered");
    }, WAIT, "Home says both were delivered");
    const rows = applicationsOf(agency, "P-1005");
    assert.deepEqual(
      rows.map((r) => r.body.other_parent.description),
      ["Tall, drives a blue pickup", "second application"],
    );
  });
});
