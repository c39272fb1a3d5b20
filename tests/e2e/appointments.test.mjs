// Appointments in the real app against the real agency: a slot the
// operator adds is booked by the parent with the keyboard, exactly once in
// the agency's database; the booking is listed; "Add to calendar" saves an
// iCalendar file through the real save dialog; cancelling reaches the
// agency's database.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  By, Key, agencyRows, axeViolations, chooseInFileDialog, js, openApp, operator, screenshot, signIn, startAgency,
  startDriver, tabTo, tempDir, userEnv, waitForAttr, waitForText, watchNotifications,
} from "./harness.mjs";

const WAIT = 40_000;
const text = (driver, css) => js(driver, "return document.querySelector(arguments[0])?.textContent ?? ''", css);

/** Seconds since the epoch as an iCalendar UTC time: 20261201T150000Z. */
const icsTime = (seconds) => new Date(seconds * 1000).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** Presses Enter on the element `css`, reached with Tab as a keyboard user would. */
async function press(driver, css) {
  await tabTo(driver, css, 200);
  await driver.switchTo().activeElement().sendKeys(Key.ENTER);
}

describe("appointments in the real app", () => {
  let agency, env, tauriDriver, driver, slotId, appointmentId, notifications;

  before(async () => {
    agency = await startAgency();
    notifications = await watchNotifications();
    // Tomorrow, on the hour: sooner than any of the demo's slots, so it comes first.
    const starts = new Date(Date.now() + 26 * 3600_000);
    starts.setUTCMinutes(0, 0, 0);
    slotId = operator(agency, ["add-slot", "--office", "OFF-01", "--starts-at", starts.toISOString().replace(/\.\d{3}Z$/, "Z"), "--minutes", "30"]);
    assert.match(slotId, /^SL-\d{6}$/);
    env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
    await signIn(driver, "P-1001", "Maria Lopez");
    await press(driver, 'nav a[href="#/appointments"]');
    await driver.wait(async () => (await driver.findElements(By.css(`#slot-${slotId}`))).length === 1, WAIT, "the operator's slot");
  });

  after(async () => {
    notifications?.stop();
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("lists the court date and the open slots, grouped by day", async () => {
    await driver.wait(async () => (await driver.findElements(By.css('[data-appointment][data-status="booked"]'))).length === 1, WAIT, "the hearing");
    assert.match(await text(driver, "#appointments-list"), /Court hearing/);
    assert.ok((await driver.findElements(By.css(".app-appointments__day"))).length >= 2);
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "appointments");
  });

  it("books the operator's slot with the keyboard, once", async () => {
    await press(driver, `#slot-${slotId}`);
    await waitForText(driver, "#appointments-status", "Booked: appointment with the agency");
    const rows = agencyRows(agency, `SELECT id, status, participant_id, case_id FROM appointments WHERE slot_id = '${slotId}'`);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    const { id, ...booking } = rows[0];
    assert.deepEqual(booking, { status: "booked", participant_id: "P-1001", case_id: "C-1001" });
    appointmentId = id;
    const [slot] = agencyRows(agency, `SELECT appointment_id FROM appointment_slots WHERE id = '${slotId}'`);
    assert.equal(slot.appointment_id, appointmentId);
    // Listed, and the slot no longer offered.
    await waitForAttr(driver, `[data-appointment="${appointmentId}"]`, "data-status", "booked");
    await driver.wait(async () => (await driver.findElements(By.css(`#slot-${slotId}`))).length === 0, WAIT, "the slot is gone");
    assert.match(await text(driver, `#appointment-${appointmentId}-where`), /Demo County/);
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "appointments-booked");
  });

  it("adds the appointment to a calendar: an .ics file through the save dialog", async () => {
    const path = join(tempDir("calendar"), "appointment.ics");
    await press(driver, `#appointment-${appointmentId}-calendar`);
    await chooseInFileDialog("Save the appointment for your calendar", path);
    await waitForText(driver, "#appointments-status", `Saved to ${path}.`);
    const ics = readFileSync(path, "utf8");
    const [held] = agencyRows(agency, `SELECT starts_at, ends_at FROM appointments WHERE id = '${appointmentId}'`);
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    assert.equal(ics.replace(/\r\n/g, "").includes("\n"), false, "CRLF line ends only");
    const lines = ics.split("\r\n");
    assert.ok(lines.includes(`DTSTART:${icsTime(held.starts_at)}`), ics);
    assert.ok(lines.includes(`DTEND:${icsTime(held.ends_at)}`), ics);
    assert.ok(lines.some((line) => line.startsWith(`UID:${appointmentId}@`)), ics);
    assert.ok(lines.includes("SUMMARY:Child support appointment"), ics);
    assert.ok(lines.every((line) => Buffer.byteLength(line) <= 75), "folded at 75 octets");
  });

  it("cancels it after confirming, and the agency's database says so", async () => {
    await press(driver, `#appointment-${appointmentId}-cancel`);
    await waitForText(driver, `#appointment-${appointmentId}-confirm-text`, "Cancel the appointment with the agency");
    assert.equal(await js(driver, "return document.activeElement?.id"), `appointment-${appointmentId}-confirm-text`);
    await press(driver, `#appointment-${appointmentId}-cancel-yes`);
    await waitForText(driver, "#appointments-status", "is cancelled.");
    const rows = agencyRows(agency, `SELECT status FROM appointments WHERE slot_id = '${slotId}'`);
    assert.deepEqual(rows, [{ status: "cancelled" }]);
    await waitForAttr(driver, `[data-appointment="${appointmentId}"]`, "data-status", "cancelled");
    // The slot is open again, to anyone.
    await driver.wait(async () => (await driver.findElements(By.css(`#slot-${slotId}`))).length === 1, WAIT, "the slot is offered again");
    assert.equal(await text(driver, `#appointment-${appointmentId}-status`), "Cancelled");
    assert.deepEqual(await axeViolations(driver), []);
    await screenshot(driver, "appointments-cancelled");
  });

  it("reminds the parent the day before, when asked to, with the day and time only", async () => {
    assert.deepEqual(notifications.list(), [], "no reminder until the parent asks for them");
    await tabTo(driver, "#appointment-reminders", 200);
    await driver.switchTo().activeElement().sendKeys(Key.SPACE);
    const settingsFile = join(env.XDG_CONFIG_HOME, "org.childsupport.selfservice", "settings.json");
    await driver.wait(
      async () => existsSync(settingsFile) && JSON.parse(readFileSync(settingsFile, "utf8")).appointment_reminders === true,
      WAIT,
      "the choice is saved",
    );
    // A slot about 20 hours away: once booked, its day-before reminder is due.
    const starts = new Date(Date.now() + 20 * 3600_000);
    starts.setUTCMinutes(0, 0, 0);
    const soon = operator(agency, ["add-slot", "--office", "OFF-01", "--starts-at", starts.toISOString().replace(/\.\d{3}Z$/, "Z"), "--minutes", "30"]);
    // Open slots are fetched when the page opens.
    await press(driver, 'nav a[href="#/"]');
    await press(driver, 'nav a[href="#/appointments"]');
    await driver.wait(async () => (await driver.findElements(By.css(`#slot-${soon}`))).length === 1, WAIT, "the new slot");
    await press(driver, `#slot-${soon}`);
    await waitForText(driver, "#appointments-status", "Booked: appointment with the agency");

    // Worded as the app does, in the machine's time zone (the app's too).
    const now = new Date();
    const sameDay = (a, b) => a.toDateString() === b.toDateString();
    const day = sameDay(starts, now) ? "today" : "tomorrow";
    const time = `${starts.getHours() % 12 || 12}:${String(starts.getMinutes()).padStart(2, "0")} ${starts.getHours() < 12 ? "AM" : "PM"}`;
    // The app looks for due reminders every 30 seconds.
    await driver.wait(async () => notifications.list().length > 0, 2 * WAIT, "a reminder on the desktop");
    assert.deepEqual(notifications.list(), [{ title: "Appointment reminder", body: `You have an appointment ${day} at ${time}.` }]);
  });
});
