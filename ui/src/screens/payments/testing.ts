import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { Payment } from "../../bindings/agency/Payment";
import type { PaymentSource } from "../../bindings/agency/PaymentSource";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { createMockBackend, MOCK_CASES, type MockBackend, type MockBackendOptions } from "../../backend/mock";
import { earlierToday, signedIn } from "../../test/account";
import { byId, renderApp, type RenderedApp } from "../../test/renderApp";

/** The mock's two cases, saved a minute ago. */
export function savedCases(): NonNullable<MockBackendOptions["saved"]> {
  return { cases: MOCK_CASES, as_of: earlierToday() };
}

/** Opens the app on the Payments screen, signed in with the mock's cases, and waits for the summary. */
export async function openPayments(options: MockBackendOptions | MockBackend = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/payments");
  const app = await renderApp("calls" in options ? options : { session: signedIn(), saved: savedCases(), ...options });
  await waitFor(() => expect(byId("payments-summary")).toBeTruthy(), { timeout: 3000 });
  return app;
}

/** The mock's own view of a case (C-1001 unless said), to build other views from. */
export async function mockView(caseId = "C-1001"): Promise<PaymentsView> {
  return createMockBackend({ session: signedIn(), saved: savedCases() }).paymentsView(caseId);
}

const SOURCES: PaymentSource[] = ["wage_withholding", "direct", "federal_tax_offset", "unemployment", "state_tax_offset"];

/** `count` payments, newest first, one a day back from 31 May 2026, ids `PAY-<count>` down to `PAY-1`. */
export function manyPayments(count: number): Payment[] {
  const newest = Date.UTC(2026, 4, 31);
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(newest - index * 86_400_000).toISOString().slice(0, 10);
    const amount = `${100 + (index % 50)}.00`;
    return {
      id: `PAY-${count - index}`,
      received_on: day,
      amount,
      source: SOURCES[index % SOURCES.length] ?? "direct",
      distribution: { current_support: amount, arrears: "0.00", interest: "0.00", fees: "0.00" },
      disbursed_on: null,
    };
  });
}

export function row(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-payment-id="${id}"]`);
  if (!element) throw new Error(`no payment ${id} on the page`);
  return element;
}

/** The rendered payment rows' ids, top to bottom. */
export function renderedIds(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>("tr[data-payment-id]")).map((tr) => tr.dataset.paymentId ?? "");
}

/** Each fact of the summary as [term, value]. */
export function summaryFacts(): [string, string][] {
  return Array.from(byId("payments-summary").querySelectorAll("dt")).map((dt) => [dt.textContent ?? "", dt.nextElementSibling?.textContent ?? ""]);
}
