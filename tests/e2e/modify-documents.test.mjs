// A modification request with a supporting document, in the real app against
// the real agency, with the keyboard alone: the document is chosen in the
// real file dialog, sent, and the agency holds exactly one request that
// names exactly that document.
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, attr, axeViolations, chooseInFileDialog, js, openApp, screenshot, signIn, startAgency,
  startDriver, tabTo, userEnv, waitForAttr,
} from "./harness.mjs";

const WAIT = 40_000;
const PDF = join(resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures"), "pay-stub.pdf");
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);

describe("a modification request with a document in the real app", () => {
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

  it("sends the request once its document is sent, and the agency links the two", async () => {
    await driver.findElement(By.css("#modify-reason-job_loss")).sendKeys(Key.SPACE);
    await driver.findElement(By.css("#modify-details")).sendKeys("My job ended on October 31; the letter is attached.");
    await tabTo(driver, "#modify-attach");
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await chooseInFileDialog("Choose a document to send", PDF);
    await driver.wait(
      async () => (await driver.findElements(By.css("#modify-attachments li[data-item-id]"))).length === 1,
      WAIT,
      "the document is listed with the request",
    );
    assert.match(await text(driver, "#modify-attachments"), /pay-stub\.pdf/);
    await screenshot(driver, "modify-with-document");
    assert.deepEqual(await axeViolations(driver), []);

    await tabTo(driver, "#modify-submit");
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await waitForAttr(driver, "#modify-confirmation", "data-state", "delivered");
    const number = (await text(driver, "#modify-request-number")).trim();
    assert.match(number, /^MR-/);
    await screenshot(driver, "modify-with-document-sent");

    const requests = agencyRows(
      agency,
      "SELECT id, reason, details FROM modification_requests WHERE participant_id = 'P-1002'",
    );
    assert.deepEqual(requests, [
      { id: number, reason: "job_loss", details: "My job ended on October 31; the letter is attached." },
    ]);
    const documents = agencyRows(
      agency,
      "SELECT id, file_name, document_type FROM documents WHERE participant_id = 'P-1002'",
    );
    assert.equal(documents.length, 1, JSON.stringify(documents));
    assert.equal(documents[0].file_name, "pay-stub.pdf");
    const links = agencyRows(agency, "SELECT request_id, document_id FROM modification_request_documents");
    assert.deepEqual(links, [{ request_id: number, document_id: documents[0].id }]);
    await driver.wait(
      async () => (await attr(driver, `li[data-request-id="${number}"]`, "data-status")) === "received",
      WAIT,
      "the request is listed",
    );
  });
});
