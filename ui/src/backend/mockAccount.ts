import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { Me } from "../bindings/agency/Me";
import type { OutboxItem } from "../bindings/OutboxItem";

/**
 * The browser preview's and the tests' agency data: fictional people, like
 * the agency server's demo data (`crates/agency-server/src/demo.rs`).
 */

/** Who signs in on the mock: Maria Lopez, like the demo server's P-1001. */
export const MOCK_PARTICIPANT: Me = {
  id: "P-1001",
  given_name: "Maria",
  family_name: "Lopez",
  email: "maria.lopez@example.org",
};

export const MOCK_OFFICE_NAME = "Demo County Courthouse Office";

/** C-1001: she receives a monthly order with arrears. C-1003: she pays a biweekly order and is in credit. */
export const MOCK_CASES: CaseDetail[] = [
  {
    id: "C-1001",
    role: "custodial",
    jurisdiction: "US-WI",
    opened_on: "2023-11-14",
    order: {
      amount: "450.00",
      frequency: "monthly",
      start_date: "2024-01-01",
      end_date: null,
      arrears_payment: "50.00",
      interest_rule: "US-WI",
    },
    balances: { as_of: "2026-05-31", current_support_due: "450.00", arrears: "1250.00", total_paid: "10350.00" },
    next_due: { date: "2026-06-01", amount: "500.00" },
    office: {
      id: "OFF-01",
      name: MOCK_OFFICE_NAME,
      address: ["210 Lake Street, Room 104", "Lakeview, WI 53700"],
      phone: "1-800-555-0142",
      hours: "Monday to Friday, 8:00 a.m. to 4:30 p.m.",
    },
    other_parties: [
      { role: "noncustodial", given_name: "James", family_name: "Carter", address: null, employer: null, phone: null },
    ],
    children: [
      { given_name: "Sofia", birth_date: "2016-04-09", address: null },
      { given_name: "Mateo", birth_date: "2019-08-22", address: null },
    ],
  },
  {
    id: "C-1003",
    role: "noncustodial",
    jurisdiction: "US-WI",
    opened_on: "2025-06-02",
    order: {
      amount: "120.00",
      frequency: "biweekly",
      start_date: "2025-07-04",
      end_date: null,
      arrears_payment: "0.00",
      interest_rule: "US-WI",
    },
    balances: { as_of: "2026-05-31", current_support_due: "0.00", arrears: "-40.00", total_paid: "3160.00" },
    next_due: null,
    office: null,
    other_parties: [],
    children: [{ given_name: "Lucas", birth_date: "2021-01-30", address: null }],
  },
];

/** One submission in each state the preview should show. */
export const MOCK_OUTBOX: OutboxItem[] = [
  {
    id: "OB-3",
    kind: "document_attachment",
    case_id: "C-1001",
    created_at: "2026-05-30T16:05:00Z",
    attempts: 2,
    state: {
      state: "queued",
      retry_at: "2026-05-30T16:20:00Z",
      error: { code: "agency_unreachable", message: "The agency could not be reached." },
    },
  },
  {
    id: "OB-2",
    kind: "application",
    case_id: null,
    created_at: "2026-05-28T14:30:00Z",
    attempts: 1,
    state: { state: "failed", error: { code: "agency_error", message: "The agency refused the application." } },
  },
  {
    id: "OB-1",
    kind: "modification_request",
    case_id: "C-1001",
    created_at: "2026-05-20T09:12:00Z",
    attempts: 1,
    state: { state: "delivered", receipt: "MR-2026-000123", at: "2026-05-20T09:12:04Z" },
  },
];
