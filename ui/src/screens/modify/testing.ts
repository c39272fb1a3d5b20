import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { ModificationRequest } from "../../bindings/agency/ModificationRequest";
import type { ModificationAnswer } from "../../bindings/ModificationAnswer";
import type { ModificationQuestion } from "../../bindings/ModificationQuestion";
import { MOCK_CASES, type MockBackend, type MockBackendOptions } from "../../backend/mock";
import { earlierToday, signedIn } from "../../test/account";
import { byId, renderApp, type RenderedApp } from "../../test/renderApp";

/** These cases (the mock's two unless said), saved a minute ago. */
export function savedCases(cases: CaseDetail[] = MOCK_CASES): NonNullable<MockBackendOptions["saved"]> {
  return { cases, as_of: earlierToday() };
}

/** C-1001 (Wisconsin, $450.00 a month, she receives support), changed as said. */
export function caseLike(change: Partial<CaseDetail>): CaseDetail {
  const first = MOCK_CASES[0];
  if (!first) throw new Error("no mock case");
  return { ...structuredClone(first), ...change };
}

/** Opens the app on the Modify screen, signed in with the mock's cases, and waits for the order. */
export async function openModify(options: MockBackendOptions | MockBackend = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/modify");
  const app = await renderApp("calls" in options ? options : { session: signedIn(), saved: savedCases(), ...options });
  await waitFor(() => expect(byId("modify-order")).toBeTruthy(), { timeout: 3000 });
  return app;
}

/** Fills in both incomes in the prefilled calculator, as a parent would. */
export async function fillIncomes({ user }: RenderedApp, a = "2000.00", b = "3000.00"): Promise<void> {
  await user.type(byId("modify-income-a"), a);
  await user.type(byId("modify-income-b"), b);
}

/** The questions the screen asked the check, oldest first. */
export function questions(backend: MockBackend): ModificationQuestion[] {
  return backend.calls.flatMap((call) => (call.method === "modificationCheck" ? [call.question] : []));
}

/** Wisconsin's answer for an order of $450.00 and a new amount of $412.50: meets, by time only. */
export function wisconsinAnswer(): ModificationAnswer {
  return {
    current_monthly: "450.00",
    order_date: "2024-01-01",
    eligibility: {
      verdict: "meets",
      difference: "-37.50",
      percent: "8.3",
      months_since_order: 34,
      reasons: [
        {
          key: "wi-mod-33-months",
          args: { months: "34" },
          text: "Your order was made or last changed 34 months ago, which is 33 months or more. That is enough for a review.",
        },
        {
          key: "wi-mod-below-threshold",
          args: { difference: "37.50", threshold: "67.50" },
          text: "The new amount is 37.50 a month away from your order.",
        },
        {
          key: "common-mod-may-ask-anyway",
          args: {},
          text: "Whatever this check says, you can ask for a review. The child support agency or the court decides whether your order changes.",
        },
      ],
      citation: "Wis. Stat. § 767.59(1f); Wisconsin child support agency review criteria",
    },
  };
}

/** A request on C-1001 the agency has worked on: received, then under review with a note. */
export function reviewedRequest(extra: Partial<ModificationRequest> = {}): ModificationRequest {
  return {
    id: "MR-000042",
    case_id: "C-1001",
    reason: "job_loss",
    details: "The other parent's plant closed in March.",
    status: "under_review",
    submitted_on: "2026-05-02",
    estimated_monthly: "300.00",
    documents: [],
    timeline: [
      { status: "received", at: "2026-05-02T15:04:00Z", note: null },
      { status: "under_review", at: "2026-05-05T13:30:00Z", note: "A caseworker is reviewing your request." },
    ],
    ...extra,
  };
}
