import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { Document } from "../bindings/agency/Document";
import type { Me } from "../bindings/agency/Me";
import type { Payment } from "../bindings/agency/Payment";
import type { PaymentSource } from "../bindings/agency/PaymentSource";
import type { UploadPolicy } from "../bindings/agency/UploadPolicy";
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
    // An agency that posts no interest on arrears (the reference agency does:
    // against it the audit agrees), so that the audit's difference shows here.
    balances: { as_of: "2026-05-31", current_support_due: "450.00", arrears: "1250.00", interest: "0.00", total_paid: "11350.00" },
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
    balances: { as_of: "2026-05-31", current_support_due: "0.00", arrears: "-40.00", interest: "0.00", total_paid: "2920.00" },
    next_due: null,
    office: null,
    other_parties: [],
    children: [{ given_name: "Lucas", birth_date: "2021-01-30", address: null }],
  },
];

/** Adds days to a `YYYY-MM-DD` day. */
function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type Paid = { on: string; amount: string; source: PaymentSource; current: string; arrears: string; disbursed: string | null };

function paymentsOf(rows: Paid[], firstSeq: number): Payment[] {
  return rows.map((row, index) => ({
    id: `PAY-${String(firstSeq + index).padStart(6, "0")}`,
    received_on: row.on,
    amount: row.amount,
    source: row.source,
    distribution: { current_support: row.current, arrears: row.arrears, interest: "0.00", fees: "0.00" },
    disbursed_on: row.disbursed,
  }));
}

/**
 * C-1001's history as the agency distributed it (no interest): $450 a month
 * from January 2024 plus $50 toward arrears; nothing from June to August 2024
 * nor from November 2025 to January 2026 (between jobs); a federal and a state
 * tax refund offset (arrears only); unemployment benefits in February 2026;
 * May 2026 not paid yet. That leaves $1,250.00 of arrears and May's $450.00.
 */
function case1001(): Paid[] {
  const rows: Paid[] = [];
  const wage = (month: string, amount: "450.00" | "500.00") => {
    const on = `${month}-15`;
    rows.push({ on, amount, source: "wage_withholding", current: "450.00", arrears: amount === "500.00" ? "50.00" : "0.00", disbursed: plusDays(on, 2) });
  };
  rows.push({ on: "2024-01-12", amount: "450.00", source: "direct", current: "450.00", arrears: "0.00", disbursed: "2024-01-16" });
  for (const month of ["2024-02", "2024-03", "2024-04", "2024-05"]) wage(month, "450.00");
  for (const month of ["2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02"]) wage(month, "500.00");
  rows.push({ on: "2025-03-11", amount: "812.00", source: "federal_tax_offset", current: "0.00", arrears: "812.00", disbursed: "2025-04-02" });
  for (const month of ["2025-03", "2025-04", "2025-05", "2025-06"]) wage(month, "500.00");
  rows.push({ on: "2025-07-08", amount: "38.00", source: "state_tax_offset", current: "0.00", arrears: "38.00", disbursed: "2025-07-24" });
  for (const month of ["2025-07", "2025-08", "2025-09", "2025-10"]) wage(month, "450.00");
  rows.push({ on: "2026-02-20", amount: "450.00", source: "unemployment", current: "450.00", arrears: "0.00", disbursed: "2026-02-24" });
  for (const month of ["2026-03", "2026-04"]) wage(month, "500.00");
  return rows.sort((a, b) => a.on.localeCompare(b.on));
}

/**
 * C-1003's history: every biweekly $120.00 withheld on its due date, and $40.00
 * paid directly in March 2026 that the agency holds as credit (not paid out).
 */
function case1003(): Paid[] {
  const rows: Paid[] = [];
  for (let on = "2025-07-04"; on <= "2026-05-31"; on = plusDays(on, 14)) {
    rows.push({ on, amount: "120.00", source: "wage_withholding", current: "120.00", arrears: "0.00", disbursed: plusDays(on, 3) });
  }
  rows.push({ on: "2026-03-02", amount: "40.00", source: "direct", current: "0.00", arrears: "0.00", disbursed: null });
  return rows.sort((a, b) => a.on.localeCompare(b.on));
}

/** Each mock case's payments, oldest first, as the agency lists them. */
export const MOCK_PAYMENTS: Record<string, Payment[]> = {
  "C-1001": paymentsOf(case1001(), 1),
  "C-1003": paymentsOf(case1003(), 101),
};

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
    upload: {
      file_name: "pay-stub-may-2026.pdf",
      content_type: "application/pdf",
      size: 184_320,
      document_type: "pay_stub",
      replaces: null,
      sent: 65_536,
      removed: [],
    },
  },
  {
    id: "OB-2",
    kind: "application",
    case_id: null,
    created_at: "2026-05-28T14:30:00Z",
    attempts: 1,
    state: { state: "failed", error: { code: "agency_error", message: "The agency refused the application." } },
    upload: null,
  },
  {
    id: "OB-1",
    kind: "modification_request",
    case_id: "C-1001",
    created_at: "2026-05-20T09:12:00Z",
    attempts: 1,
    state: { state: "delivered", receipt: "MR-2026-000123", at: "2026-05-20T09:12:04Z" },
    upload: null,
  },
];

/** What the demo agency takes: PDF, JPEG and PNG up to 25 MiB, sent in 4 MiB chunks. */
export const MOCK_UPLOAD_POLICY: UploadPolicy = {
  max_bytes: 25 * 1024 * 1024,
  chunk_bytes: 4 * 1024 * 1024,
  content_types: ["application/pdf", "image/jpeg", "image/png"],
};

/**
 * The documents Maria sent before, as the agency holds them: on C-1001 a pay
 * stub it accepted and a child care receipt it rejected (so that the preview
 * and the tests can send a replacement); nothing on C-1003.
 */
export const MOCK_DOCUMENTS: Record<string, Document[]> = {
  "C-1001": [
    {
      id: "DOC-000101",
      case_id: "C-1001",
      document_type: "pay_stub",
      file_name: "pay-stub-april-2026.pdf",
      content_type: "application/pdf",
      size: 118_784,
      sha256: "5f2b8c0e4d6a1b3c9e7f0a2d4c6b8e1f3a5c7e9b0d2f4a6c8e0b2d4f6a8c0e2b",
      uploaded_at: "2026-05-04T15:20:00Z",
      status: "accepted",
      reason: null,
      replaces: null,
    },
    {
      id: "DOC-000102",
      case_id: "C-1001",
      document_type: "proof_of_expenses",
      file_name: "child-care-receipt.jpg",
      content_type: "image/jpeg",
      size: 1_572_864,
      sha256: "a1c3e5f7092b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f",
      uploaded_at: "2026-05-12T18:45:00Z",
      status: "rejected",
      reason: "The receipt is cut off: the provider's name and the dates can't be read. Please send a picture of the whole page.",
      replaces: null,
    },
  ],
};

/** The file the preview's file dialog answers with. */
export const MOCK_PICKED_FILE = "/home/maria/Documents/pay-stub-may-2026.pdf";
