// Sending documents in the real app against the real agency: a PDF and a
// phone photo with its location in it, each chosen in the real file dialog
// with the keyboard, listed once the agency has them; the bytes the agency
// stored hold no trace of where the photo was taken.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, attr, axeViolations, chooseInFileDialog, js, openApp, operator, screenshot, signIn,
  startAgency, startDriver, tabTo, userEnv, waitForAttr,
} from "./harness.mjs";

const WAIT = 40_000;
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures");
const PDF = join(fixtures, "pay-stub.pdf");
const PHOTO = join(fixtures, "photo-with-location.jpg");
/** What the photo's EXIF says about where it was taken, and the camera. */
const LOCATION = Buffer.from("HOME-AT-41.8781N-87.6298W");
const CAMERA = Buffer.from("PhoneCo");
/** The file dialog's title, as the app words it in English. */
const DIALOG_TITLE = "Choose a document to send";

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** The bytes the agency stored whose SHA-256 is `hash`. */
function storedBytes(agency, hash) {
  const dir = join(agency.dir, "uploads");
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    if (sha256(bytes) === hash) return bytes;
  }
  throw new Error(`the agency holds no file with SHA-256 ${hash}`);
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

async function send(driver, type, path) {
  await selectWithKeys(driver, "#document-type", type);
  await tabTo(driver, "#document-choose");
  await driver.switchTo().activeElement().sendKeys(Key.ENTER);
  await chooseInFileDialog(DIALOG_TITLE, path);
}

describe("documents in the real app", () => {
  let agency, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    const env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window", CHILD_SUPPORT_SYNC_SECONDS: "5" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await signIn(driver, "P-1001", "Maria Lopez");
    await tabTo(driver, 'nav a[href="#/documents"]');
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await driver.wait(until(driver, "#document-choose"), WAIT, "the Documents screen");
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("sends a PDF and a photo chosen in the file dialog, and lists both", async () => {
    assert.deepEqual(await axeViolations(driver), []);
    await send(driver, "pay_stub", PDF);
    await send(driver, "identification", PHOTO);

    const listed = async () =>
      js(
        driver,
        "return [...document.querySelectorAll('#documents li[data-document-id]')].map((li) => li.textContent)",
      );
    await driver.wait(
      async () => {
        const items = await listed();
        return items.some((t) => t.includes("pay-stub.pdf")) && items.some((t) => t.includes("photo-with-location.jpg"));
      },
      WAIT,
      "both documents listed",
    );
    await screenshot(driver, "documents-sent");
    assert.deepEqual(await axeViolations(driver), []);

    const rows = agencyRows(
      agency,
      "SELECT id, document_type, file_name, content_type, sha256, status FROM documents WHERE participant_id = 'P-1001' ORDER BY seq",
    );
    assert.equal(rows.length, 2, JSON.stringify(rows));
    const [pdf, photo] = rows;
    assert.deepEqual(
      { type: pdf.document_type, name: pdf.file_name, status: pdf.status },
      { type: "pay_stub", name: "pay-stub.pdf", status: "received" },
    );
    assert.deepEqual(
      { type: photo.document_type, name: photo.file_name, status: photo.status },
      { type: "identification", name: "photo-with-location.jpg", status: "received" },
    );
    for (const row of rows) {
      assert.equal(await attr(driver, `#documents li[data-document-id="${row.id}"]`, "data-status"), "received");
    }

    // The PDF as it was; the photo without where it was taken.
    assert.deepEqual(storedBytes(agency, pdf.sha256), readFileSync(PDF));
    const kept = storedBytes(agency, photo.sha256);
    assert.ok(readFileSync(PHOTO).includes(LOCATION), "the fixture has a location");
    assert.ok(!kept.includes(LOCATION), "the agency got the photo's location");
    assert.ok(!kept.includes(CAMERA), "the agency got the camera");
    assert.ok(!kept.includes(Buffer.from("Exif\0\0")), "the agency got EXIF");
  });

  it("shows the agency's rejection with its reason, and sends a replacement in one step", async () => {
    const [pdf] = agencyRows(
      agency,
      "SELECT id FROM documents WHERE participant_id = 'P-1001' AND file_name = 'pay-stub.pdf'",
    );
    operator(agency, ["set-status", "document", pdf.id, "rejected", "--note", "The page is cut off. Please scan all of it."]);
    const item = `#documents li[data-document-id="${pdf.id}"]`;
    await driver.wait(async () => (await attr(driver, item, "data-status")) === "rejected", WAIT, "the rejection shows");
    assert.match(
      await js(driver, "return document.querySelector(arguments[0]).textContent", item),
      /The page is cut off\. Please scan all of it\./,
    );
    await screenshot(driver, "documents-rejected");
    assert.deepEqual(await axeViolations(driver), []);

    await tabTo(driver, `#document-replace-${pdf.id}`);
    await driver.switchTo().activeElement().sendKeys(Key.ENTER);
    await chooseInFileDialog("Choose a replacement for pay-stub.pdf", PDF);
    await driver.wait(
      async () =>
        agencyRows(agency, `SELECT id FROM documents WHERE replaces = '${pdf.id}'`).length === 1,
      WAIT,
      "the replacement reaches the agency",
    );
    const [replacement] = agencyRows(
      agency,
      `SELECT id, document_type, status FROM documents WHERE replaces = '${pdf.id}'`,
    );
    assert.deepEqual({ type: replacement.document_type, status: replacement.status }, { type: "pay_stub", status: "received" });
    await driver.wait(
      async () => (await attr(driver, `#documents li[data-document-id="${replacement.id}"]`, "data-status")) === "received",
      WAIT,
      "the replacement is listed",
    );
  });

  it("refuses a program named like a PDF before sending anything", async () => {
    const program = join(agency.dir, "pay-stub-april.pdf");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(program, Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\0", "latin1"), Buffer.alloc(200)]));
    await send(driver, "pay_stub", program);
    await waitForAttr(driver, "#document-file-error", "data-problem", "unsupported");
    await screenshot(driver, "documents-refused");
    assert.deepEqual(await axeViolations(driver), []);
    const rows = agencyRows(agency, "SELECT id FROM documents WHERE participant_id = 'P-1001'");
    assert.equal(rows.length, 3, "the two sent and the replacement; nothing more");
  });
});

function until(driver, css) {
  return async () => (await driver.findElements(By.css(css))).length > 0;
}
