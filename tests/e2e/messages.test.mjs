// Secure messages in the real app against the real agency: with the
// keyboard, the parent starts a thread; exactly one thread with that body
// reaches the agency's database; the caseworker's reply (the operator's
// `reply-message`) shows up after a sync with an unread mark, in the page
// and in the navigation; opening the thread marks it read at the agency;
// a reply with a document chosen in the native file dialog reaches the
// agency once, with the document attached.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import {
  By, Key, agencyRows, attr, axeViolations, chooseInFileDialog, js, openApp, operator, screenshot, signIn,
  startAgency, startDriver, tabTo, userEnv, waitForText, watchNotifications,
} from "./harness.mjs";

const WAIT = 40_000;
const SUBJECT = "Question about my March payment";
const BODY = "I paid on March 3 but it is not listed yet. Can you check?";
const REPLY = "We received it on March 4. It will show within two days.";
const ANSWER = "Here is my pay stub for March, as you asked.";
const PAY_STUB = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/pay-stub.pdf");
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);
const threadsOf = (agency, participant) =>
  agencyRows(agency, `SELECT id, subject FROM message_threads WHERE participant_id = '${participant}' AND subject = '${SUBJECT}'`);
const messagesOf = (agency, thread) =>
  agencyRows(agency, `SELECT id, sender, body, read_at FROM messages WHERE thread_id = '${thread}' ORDER BY seq`);

/** Presses Tab until `css` has focus, then Enter. */
async function press(driver, css) {
  await tabTo(driver, css);
  await driver.switchTo().activeElement().sendKeys(Key.ENTER);
}

describe("secure messages in the real app", () => {
  let agency, env, tauriDriver, driver, threadId, notifications;

  before(async () => {
    agency = await startAgency();
    notifications = await watchNotifications();
    env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window", CHILD_SUPPORT_SYNC_SECONDS: "5" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await signIn(driver, "P-1001", "Maria Lopez");
    await press(driver, 'nav a[href="#/messages"]');
    await driver.wait(async () => (await driver.findElements(By.css("#messages-new-C-1001"))).length === 1, WAIT, "the Messages page");
  });

  after(async () => {
    notifications?.stop();
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("starts a thread with the keyboard, sent once to the agency", async () => {
    // The demo's message from the agency is there, unread.
    await driver.wait(async () => (await driver.findElements(By.css("#messages-threads-C-1001 tr[data-thread-id]"))).length === 1, WAIT, "the synced thread");
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "messages-list");

    await press(driver, "#messages-new-C-1001");
    await driver.wait(async () => (await js(driver, "return document.activeElement?.id")) === "message-new-heading", WAIT, "focus on the form's heading");
    // Sent empty: both fields named, nothing sent.
    await press(driver, "#message-send");
    await waitForText(driver, "#message-error-summary", "2 answers need another look");
    assert.equal(await attr(driver, "#message-subject", "aria-invalid"), "true");
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "messages-errors");

    await tabTo(driver, "#message-subject");
    await driver.switchTo().activeElement().sendKeys(SUBJECT);
    await tabTo(driver, "#message-body");
    await driver.switchTo().activeElement().sendKeys(BODY);
    await waitForText(driver, "#message-draft-status", "Draft saved");
    await press(driver, "#message-send");
    await waitForText(driver, "#messages-sent", "Your message is saved");

    await driver.wait(async () => threadsOf(agency, "P-1001").length === 1, WAIT, "the thread at the agency");
    const rows = threadsOf(agency, "P-1001");
    assert.equal(rows.length, 1, JSON.stringify(rows));
    threadId = rows[0].id;
    const messages = messagesOf(agency, threadId);
    assert.deepEqual(messages.map((m) => [m.sender, m.body]), [["parent", BODY]]);
    await driver.wait(
      async () => (await driver.findElements(By.css(`#messages-threads-C-1001 tr[data-thread-id="${threadId}"]`))).length === 1,
      WAIT,
      "the new thread listed",
    );
    assert.equal((await driver.findElements(By.css("#messages-pending-C-1001"))).length, 0, "nothing left sending");
    assert.equal(threadsOf(agency, "P-1001").length, 1, "still exactly one thread");
  });

  it("shows the caseworker's reply after a sync, unread, and marks it read when opened", async () => {
    // The parent asks to be told of new messages.
    await tabTo(driver, "#message-notifications");
    await driver.switchTo().activeElement().sendKeys(Key.SPACE);
    const settingsFile = join(env.XDG_CONFIG_HOME, "org.childsupport.selfservice", "settings.json");
    await driver.wait(
      async () => existsSync(settingsFile) && JSON.parse(readFileSync(settingsFile, "utf8")).message_notifications === true,
      WAIT,
      "the choice is saved",
    );
    assert.deepEqual(notifications.list(), [], "none before the reply");

    operator(agency, ["reply-message", "--thread", threadId, "--body", REPLY]);
    const row = `#messages-threads-C-1001 tr[data-thread-id="${threadId}"]`;
    await driver.wait(async () => (await attr(driver, row, "data-unread")) === "1", WAIT, "the reply, by sync");
    // The desktop is told there is a message, and nothing of it.
    await driver.wait(async () => notifications.list().length > 0, WAIT, "a desktop notification");
    assert.deepEqual(notifications.list(), [{ title: "New message", body: "You have a new message" }]);
    assert.equal(await text(driver, `${row} .app-messages__unread`), "1 unread");
    const link = await driver.findElement(By.css('nav a[href="#/messages"]'));
    assert.match(await link.getText(), /Messages/);
    await driver.wait(async () => (await text(driver, 'nav a[href="#/messages"]')).includes("2 unread"), WAIT, "the unread count in the navigation");
    await screenshot(driver, "messages-reply-unread");

    await press(driver, `#thread-open-${threadId}`);
    await waitForText(driver, "#thread-heading", SUBJECT);
    await driver.wait(async () => (await text(driver, "#thread-messages")).includes(REPLY), WAIT, "the conversation");
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "messages-thread");
    await driver.wait(async () => messagesOf(agency, threadId).every((m) => m.read_at !== null), WAIT, "read at the agency");
    await driver.wait(async () => (await text(driver, 'nav a[href="#/messages"]')).includes("1 unread"), WAIT, "one unread left (the demo's)");
  });

  it("replies with a document chosen in the file dialog, delivered once with the document attached", async () => {
    // The thread is open from the test before: its reply form is on the page.
    await tabTo(driver, "#message-body");
    await driver.switchTo().activeElement().sendKeys(ANSWER);
    await press(driver, "#message-attach");
    await chooseInFileDialog("Choose a document to send", PAY_STUB);
    await driver.wait(
      async () => (await text(driver, "#message-attachments")).includes("pay-stub.pdf"),
      WAIT,
      "the document listed with the reply",
    );
    await press(driver, "#message-send");

    const answered = () => messagesOf(agency, threadId).filter((m) => m.sender === "parent" && m.body === ANSWER);
    await driver.wait(async () => answered().length === 1, WAIT, "the reply at the agency");
    const [reply] = answered();
    const attached = agencyRows(
      agency,
      `SELECT d.file_name FROM message_documents md JOIN documents d ON d.id = md.document_id WHERE md.message_id = '${reply.id}'`,
    );
    assert.deepEqual(attached.map((d) => d.file_name), ["pay-stub.pdf"]);
    await driver.wait(async () => (await text(driver, "#thread-messages")).includes(ANSWER), WAIT, "the reply in the conversation");
    await driver.wait(
      async () => (await text(driver, "#thread-messages")).includes("Documents attached: pay-stub.pdf"),
      WAIT,
      "the document named in the conversation",
    );
    assert.equal(answered().length, 1, "sent exactly once");
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "messages-reply-attachment");
  });
});
