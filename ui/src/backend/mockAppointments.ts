import type { Appointment } from "../bindings/agency/Appointment";
import type { AppointmentKind } from "../bindings/agency/AppointmentKind";
import type { Place } from "../bindings/agency/Place";
import type { Slot } from "../bindings/agency/Slot";

/** The office of the demo agency, as its slots name it (`crates/agency-server/src/demo.rs`). */
export const MOCK_OFFICE_PLACE: Place = {
  kind: "office",
  office_id: "OFF-01",
  name: "Demo County Courthouse Office",
  address: ["210 Lake Street", "Lakeview, WI 53700"],
  room: null,
};

export const MOCK_PHONE_PLACE: Place = { kind: "phone", office_id: null, name: null, address: [], room: null };

const BRING: Record<AppointmentKind, string[]> = {
  appointment: ["A photo ID", "Your case number", "Your last three pay stubs"],
  genetic_test: ["A photo ID", "The child, if the agency asked you to bring them"],
  hearing: ["A photo ID", "Your last three pay stubs", "Any papers the court sent you"],
};

/** The mock agency's open slots: like the demo's, the next weekdays at 15:00 and 16:30 UTC, from two days after `now`. */
export function mockSlots(now: Date): Slot[] {
  const slots: Slot[] = [];
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2));
  while (slots.length < 6) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      for (const [hour, minute] of [
        [15, 0],
        [16, 30],
      ] as const) {
        const n = slots.length + 1;
        const kind: AppointmentKind = n === 5 ? "genetic_test" : "appointment";
        const starts = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute));
        slots.push({
          id: `SL-${String(n).padStart(6, "0")}`,
          kind,
          starts_at: starts.toISOString().replace(".000Z", "Z"),
          ends_at: new Date(starts.getTime() + 30 * 60_000).toISOString().replace(".000Z", "Z"),
          place: n === 3 ? structuredClone(MOCK_PHONE_PLACE) : structuredClone(MOCK_OFFICE_PLACE),
          what_to_bring: [...BRING[kind]],
        });
      }
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return slots;
}

/** The demo's court hearing on a case, three weeks after `now` at 15:00 UTC. */
export function mockHearing(now: Date, caseId: string): Appointment {
  const starts = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 21, 15, 0));
  return {
    id: "APT-000001",
    case_id: caseId,
    kind: "hearing",
    starts_at: starts.toISOString().replace(".000Z", "Z"),
    ends_at: new Date(starts.getTime() + 60 * 60_000).toISOString().replace(".000Z", "Z"),
    place: { kind: "court", office_id: null, name: "Demo County Circuit Court", address: ["300 Lake Street", "Lakeview, WI 53700"], room: "Courtroom 2B" },
    what_to_bring: [...BRING.hearing],
    status: "booked",
    cancellable: false,
    slot_id: null,
  };
}

/** The appointment a booking of `slot` makes. */
export function bookedFrom(slot: Slot, caseId: string, id: string): Appointment {
  return {
    id,
    case_id: caseId,
    kind: slot.kind,
    starts_at: slot.starts_at,
    ends_at: slot.ends_at,
    place: structuredClone(slot.place),
    what_to_bring: [...slot.what_to_bring],
    status: "booked",
    cancellable: true,
    slot_id: slot.id,
  };
}
