import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_CASES, type MockBackendOptions } from "../../backend/mock";
import { MOCK_OFFICE_PLACE, MOCK_PHONE_PLACE } from "../../backend/mockAppointments";
import type { Appointment } from "../../bindings/agency/Appointment";
import type { Slot } from "../../bindings/agency/Slot";
import type { Language } from "../../bindings/Language";
import { earlierToday, signedIn } from "../../test/account";
import { violations } from "../../test/axe";
import { openKioskVisit } from "../../test/kiosk";
import { byId, h1, renderApp, type RenderedApp } from "../../test/renderApp";
import { formatTime } from "./when";

// 18:00 UTC is the same calendar day from Hawaii to UTC.
const HEARING: Appointment = {
  id: "APT-000001",
  case_id: "C-1001",
  kind: "hearing",
  starts_at: "2030-12-02T18:00:00Z",
  ends_at: "2030-12-02T19:00:00Z",
  place: { kind: "court", office_id: null, name: "Demo County Circuit Court", address: ["300 Lake Street", "Lakeview, WI 53700"], room: "Courtroom 2B" },
  what_to_bring: ["A photo ID", "Any papers the court sent you"],
  status: "booked",
  cancellable: false,
  slot_id: null,
};

function slot(id: string, startsAt: string, phone = false): Slot {
  return {
    id,
    kind: "appointment",
    starts_at: startsAt,
    ends_at: new Date(new Date(startsAt).getTime() + 30 * 60_000).toISOString(),
    place: phone ? MOCK_PHONE_PLACE : MOCK_OFFICE_PLACE,
    what_to_bring: ["A photo ID", "Your last three pay stubs"],
  };
}

const SLOTS: Slot[] = [
  slot("SL-000001", "2030-11-25T17:00:00Z"),
  slot("SL-000002", "2030-11-25T18:30:00Z", true),
  slot("SL-000003", "2030-11-26T17:00:00Z"),
];

async function openAppointments(options: MockBackendOptions = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/appointments");
  const app = await renderApp({
    session: signedIn(),
    saved: { cases: MOCK_CASES, as_of: earlierToday() },
    appointments: [HEARING],
    slots: SLOTS,
    ...options,
  });
  await waitFor(() => expect(byId("appointments-list")).toBeTruthy(), { timeout: 3000 });
  await waitFor(() => expect(byId("appointments-slots-intro")).toBeTruthy());
  return app;
}

function item(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-appointment="${id}"]`);
  if (!found) throw new Error(`no appointment ${id}`);
  return found;
}

function status(): string {
  return byId("appointments-status").textContent ?? "";
}

describe("the Appointments screen", () => {
  it("invites the parent to sign in first", async () => {
    window.history.replaceState(null, "", "#/appointments");
    await renderApp();
    await waitFor(() => expect(h1().textContent).toBe("Appointments and court dates"), { timeout: 5000 });
    await screen.findByText("Sign in to see your appointments and court dates, and to book one.");
  });

  it("lists the court date with when, where, what to bring and its status, as last synced", async () => {
    await openAppointments();
    const hearing = item("APT-000001");
    expect(within(hearing).getByRole("heading", { level: 3 }).textContent).toContain("Court hearing");
    expect(byId("appointment-APT-000001-when").textContent).toBe(
      `Monday, December 2, 2030, ${formatTime(HEARING.starts_at, "en")} to ${formatTime(HEARING.ends_at, "en")}`,
    );
    expect(byId("appointment-APT-000001-where").textContent).toBe("Demo County Circuit Court300 Lake StreetLakeview, WI 53700Courtroom 2B");
    expect(byId("appointment-APT-000001-bring").textContent).toBe("A photo IDAny papers the court sent you");
    expect(byId("appointment-APT-000001-status").textContent).toBe("Booked");
    expect(hearing.textContent).toContain("Only the court can change a hearing.");
    // A hearing is the court's: no way to cancel it here.
    expect(document.getElementById("appointment-APT-000001-cancel")).toBeNull();
    expect(byId("appointments-as-of").textContent).toMatch(/^As of /);
  });

  it("says when nothing has been downloaded yet", async () => {
    window.history.replaceState(null, "", "#/appointments");
    await renderApp({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: null }, appointments: [HEARING], slots: SLOTS });
    await waitFor(() => expect(byId("appointments-not-yet").textContent).toContain("have not been downloaded yet"));
  });

  it("groups the open slots by day and books one with the keyboard, once", async () => {
    const app = await openAppointments();
    const days = document.querySelectorAll(".app-appointments__day");
    expect(days).toHaveLength(2);
    expect(days[0]?.querySelector("h3")?.textContent).toBe("Monday, November 25, 2030");
    expect(days[0]?.querySelectorAll("button")).toHaveLength(2);
    const button = byId("slot-SL-000001");
    expect(button.getAttribute("aria-label")).toBe(
      `Book: appointment with the agency on Monday, November 25, 2030 at ${formatTime("2030-11-25T17:00:00Z", "en")}, Demo County Courthouse Office, 210 Lake Street, Lakeview, WI 53700`,
    );
    expect(byId("slot-SL-000002").getAttribute("aria-label")).toContain(", by phone");

    button.focus();
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(status()).toContain("Booked: appointment with the agency on Monday, November 25, 2030"));
    await waitFor(() => expect(document.activeElement?.id).toBe("appointments-status"));
    const booked = app.backend.agencyAppointments.filter((a) => a.slot_id === "SL-000001");
    expect(booked).toHaveLength(1);
    const bookedId = booked[0]?.id ?? "";
    await waitFor(() => expect(item(bookedId).dataset.status).toBe("booked"));
    await waitFor(() => expect(document.getElementById("slot-SL-000001")).toBeNull());
    const calls = app.backend.calls.filter((call) => call.method === "bookAppointment");
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ caseId: "C-1001", slotId: "SL-000001" });
  });

  it("offers a slot again once its appointment is cancelled", async () => {
    const app = await openAppointments();
    await app.user.click(byId("slot-SL-000003"));
    await waitFor(() => expect(document.getElementById("slot-SL-000003")).toBeNull());
    const bookedId = app.backend.agencyAppointments.find((a) => a.slot_id === "SL-000003")?.id ?? "";
    await waitFor(() => expect(item(bookedId).dataset.status).toBe("booked"));
    await app.user.click(byId(`appointment-${bookedId}-cancel`));
    await app.user.click(byId(`appointment-${bookedId}-cancel-yes`));
    await waitFor(() => expect(item(bookedId).dataset.status).toBe("cancelled"));
    await waitFor(() => expect(document.getElementById("slot-SL-000003")).not.toBeNull());
  });

  it("says a slot someone else took, and shows the slots as they are now", async () => {
    const app = await openAppointments();
    app.backend.takeSlot("SL-000003");
    await app.user.click(byId("slot-SL-000003"));
    await waitFor(() => expect(status()).toBe("Someone else booked that time just now. The open times are updated: choose another."));
    expect(byId("appointments-status").getAttribute("role")).toBe("alert");
    await waitFor(() => expect(document.getElementById("slot-SL-000003")).toBeNull());
    expect(app.backend.agencyAppointments.some((a) => a.slot_id === "SL-000003")).toBe(false);
  });

  it("offline, says a connection is needed, and tries again with the same key", async () => {
    const app = await openAppointments();
    app.backend.setAgency({ state: "unreachable", url: "http://127.0.0.1:8080", error: { code: "agency_unreachable", message: "x" } });
    await app.user.click(byId("slot-SL-000001"));
    await waitFor(() => expect(status()).toBe("You need a connection to the agency to book. Check your internet connection and try again."));
    app.backend.setAgency({ state: "connected", agency_name: "Demo", url: "http://127.0.0.1:8080" });
    await app.user.click(byId("slot-SL-000001"));
    await waitFor(() => expect(status()).toContain("Booked:"));
    const keys = app.backend.calls.flatMap((call) => (call.method === "bookAppointment" ? [call.idempotencyKey] : []));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("cancels an appointment only once the parent confirms", async () => {
    const booked: Appointment = { ...HEARING, id: "APT-000002", kind: "appointment", cancellable: true, slot_id: "SL-000009", place: MOCK_OFFICE_PLACE };
    const app = await openAppointments({ appointments: [booked, HEARING] });
    await app.user.click(byId("appointment-APT-000002-cancel"));
    await waitFor(() => expect(document.activeElement?.id).toBe("appointment-APT-000002-confirm-text"));
    expect(byId("appointment-APT-000002-confirm-text").textContent).toContain("Cancel the appointment with the agency on Monday, December 2, 2030");
    // Changing one's mind cancels nothing and goes back to the button.
    await app.user.click(byId("appointment-APT-000002-cancel-no"));
    await waitFor(() => expect(document.activeElement?.id).toBe("appointment-APT-000002-cancel"));
    expect(app.backend.calls.some((call) => call.method === "cancelAppointment")).toBe(false);

    await app.user.click(byId("appointment-APT-000002-cancel"));
    await app.user.click(byId("appointment-APT-000002-cancel-yes"));
    await waitFor(() => expect(status()).toMatch(/^Your appointment on Monday, December 2, 2030, .* is cancelled\.$/));
    await waitFor(() => expect(byId("appointment-APT-000002-status").textContent).toBe("Cancelled"));
    expect(document.getElementById("appointment-APT-000002-cancel")).toBeNull();
    expect(document.getElementById("appointment-APT-000002-calendar")).toBeNull();
  });

  it("saves an appointment for the calendar through the save dialog, and says so; closing the dialog saves nothing", async () => {
    const app = await openAppointments();
    await app.user.click(byId("appointment-APT-000001-calendar"));
    await waitFor(() => expect(status()).toBe("Saved to /home/maria/Documents/appointment-2030-12-02.ics. Open that file to add the appointment to your calendar."));
    expect(app.backend.savedFiles).toEqual([
      {
        kind: "ics",
        path: "/home/maria/Documents/appointment-2030-12-02.ics",
        title: "Save the appointment for your calendar",
        caseId: "C-1001",
        appointmentId: "APT-000001",
        language: "en",
      },
    ]);
    app.backend.setSaveTo(null);
    await app.user.click(byId("appointment-APT-000001-calendar"));
    await waitFor(() => expect(status()).toBe("Nothing was saved."));
    expect(app.backend.savedFiles).toHaveLength(1);
  });

  it("keeps the reminders choice in the settings", async () => {
    const app = await openAppointments();
    const box = byId("appointment-reminders") as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.getAttribute("aria-describedby")).toBe("appointment-reminders-hint");
    await app.user.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect((await app.backend.settings()).appointment_reminders).toBe(true);
  });

  it("speaks Spanish", async () => {
    await openAppointments({ settings: { language: "es" } });
    expect(h1().textContent).toBe("Citas y fechas de corte");
    expect(byId("appointment-APT-000001-status").textContent).toBe("Reservada");
    expect(byId("appointment-APT-000001-when").textContent).toContain("lunes, 2 de diciembre de 2030");
    expect(byId("appointment-APT-000001-calendar").textContent).toBe("Agregar al calendario");
    expect(byId("slot-SL-000001").getAttribute("aria-label")).toMatch(/^Reservar: cita con la agencia el lunes, 25 de noviembre de 2030 a las /);
  });

  it("on a kiosk: no calendar file and no reminders, but the advice to write it down", async () => {
    const app = await openKioskVisit(
      { session: signedIn(false), saved: { cases: MOCK_CASES, as_of: earlierToday() }, appointments: [HEARING], slots: SLOTS },
      "appointments",
    );
    await waitFor(() => expect(byId("appointment-APT-000001-write-down").textContent).toContain("Write down the date, time and place"));
    expect(document.getElementById("appointment-APT-000001-calendar")).toBeNull();
    expect(document.getElementById("appointment-reminders")).toBeNull();
    await act(async () => undefined);
    expect(app.backend.calls.some((call) => call.method === "saveAppointmentIcs")).toBe(false);
  });
});

describe("accessibility of the Appointments screen (axe-core)", () => {
  it.each(["en", "es"] as Language[])("in %s", async (language) => {
    await openAppointments({ settings: { language } });
    expect(await violations()).toEqual([]);
  });

  it("while confirming a cancellation", async () => {
    const booked: Appointment = { ...HEARING, id: "APT-000002", kind: "appointment", cancellable: true, slot_id: "SL-000009", place: MOCK_OFFICE_PLACE };
    const app = await openAppointments({ appointments: [booked] });
    await app.user.click(byId("appointment-APT-000002-cancel"));
    expect(await violations()).toEqual([]);
  });

  it("on a kiosk", async () => {
    await openKioskVisit({ session: signedIn(false), saved: { cases: MOCK_CASES, as_of: earlierToday() }, appointments: [HEARING], slots: SLOTS }, "appointments");
    await waitFor(() => byId("appointment-APT-000001-write-down"));
    expect(await violations()).toEqual([]);
  });
});
