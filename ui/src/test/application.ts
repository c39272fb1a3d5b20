import type { Application } from "../bindings/agency/Application";
import type { ApplicationForm } from "../bindings/ApplicationForm";

/**
 * Maria Lopez's application, complete: what the tests type, and what the
 * mock accepts. Dates are as the screen sends them (`YYYY-MM-DD`).
 */
export function completeForm(): ApplicationForm {
  return {
    applicant: {
      given_name: "Maria",
      family_name: "Lopez",
      date_of_birth: "1990-04-28",
      ssn: "123-45-6789",
      phone: "608-555-0100",
      email: "maria.lopez@example.org",
      address: { line1: "12 Elm St", line2: "Apt 3", city: "Madison", state: "WI", zip: "53703" },
      receives_tanf: false,
      receives_medicaid: true,
    },
    other_parent: {
      given_name: "James",
      family_name: "Carter",
      aliases: "Jim",
      date_of_birth: "",
      ssn: "",
      address: { line1: "", line2: "", city: "", state: "", zip: "" },
      phone: "",
      employer: "Lakeview Tires",
      description: "",
    },
    children: [{ given_name: "Sofia", family_name: "Lopez", date_of_birth: "2016-04-09", paternity: "established" }],
    existing_orders: [],
    services: ["establish_order", "enforce_order"],
    safety: { fears_harm: false, request_family_violence_flag: false, address_confidentiality: false },
    signature: { typed_name: "Maria Lopez", consent: true },
  };
}

/** An application the agency has been working on: received, then under review, then asking for more. */
export function reviewedApplication(extra: Partial<Application> = {}): Application {
  return {
    id: "AP-000007",
    status: "needs_information",
    submitted_on: "2026-05-02",
    services: ["locate_parent", "establish_paternity"],
    children: 2,
    fee: "25.00",
    case_id: null,
    timeline: [
      { status: "received", at: "2026-05-02T15:04:00Z", note: null },
      { status: "under_review", at: "2026-05-05T13:30:00Z", note: null },
      { status: "needs_information", at: "2026-05-09T17:45:00Z", note: "Please send the children's birth certificates." },
    ],
    ...extra,
  };
}
