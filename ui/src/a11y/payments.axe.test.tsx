import { act, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME, MOCK_CASES } from "../backend/mock";
import { manyPayments, mockView, openPayments, row } from "../screens/payments/testing";
import { earlierToday, signedIn } from "../test/account";
import { violations } from "../test/axe";
import { byId, renderApp } from "../test/renderApp";

const LANGUAGES: Language[] = ["en", "es"];

async function settled(): Promise<void> {
  await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
}

describe("accessibility of the Payments screen (axe-core)", () => {
  it.each(LANGUAGES)("with a case's payments, a payment opened, a plan and every month, in %s", async (language) => {
    const { user } = await openPayments({ settings: { language }, session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() } });
    await settled();
    expect(byId("payments-audit").dataset.verdict).toBe("differs");
    expect(await violations()).toEqual([]);

    await user.click(within(row("PAY-000024")).getByRole("button"));
    await user.click(byId("payoff-plan"));
    await waitFor(() => byId("payoff-outcome"));
    await user.click(byId("payments-balances-toggle"));
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with the notification choice turned on, refused, and a notice of new payments, in %s", async (language) => {
    const { user, backend } = await openPayments({ settings: { language }, session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() } });
    await settled();
    await waitFor(() => byId("payment-notifications"));
    await user.click(byId("payment-notifications"));
    await waitFor(() => expect((byId("payment-notifications") as HTMLInputElement).checked).toBe(true));
    act(() => backend.postPayments("C-1001", 3));
    expect(byId("payments-new").dataset.count).toBe("3");
    expect(await violations()).toEqual([]);

    backend.fail("setPaymentNotifications", { code: "storage", message: "disk" });
    await user.click(byId("payment-notifications"));
    await waitFor(() => byId("payment-notifications-error"));
    expect(await violations()).toEqual([]);
  });

  it("with the planner's amount marked wrong and no payment matching the filters", async () => {
    const { user } = await openPayments();
    await settled();
    await user.clear(byId("payoff-amount"));
    await user.type(byId("payoff-amount"), "-5");
    await user.click(byId("payoff-plan"));
    await waitFor(() => byId("payoff-amount-error"));
    await user.type(byId("payments-search"), "nothing like this");
    await waitFor(() => byId("payments-none-match"));
    expect(await violations()).toEqual([]);
  });

  it("with 10,000 payments scrolled halfway, and the other case picked", async () => {
    const view = await mockView();
    const { user, backend } = await openPayments({
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      paymentsView: { ...view, payments: manyPayments(10_000) },
    });
    await settled();
    const scroller = byId("payments-scroller");
    scroller.scrollTop = 5000 * 48;
    scroller.dispatchEvent(new Event("scroll", { bubbles: true }));
    await waitFor(() => row("PAY-5000"));
    expect(await violations()).toEqual([]);

    backend.setPaymentsView(undefined);
    await user.selectOptions(byId("payments-case"), "C-1003");
    await waitFor(() => expect(byId("payments-summary").dataset.role).toBe("noncustodial"));
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("signed out, in %s", async (language) => {
    window.history.replaceState(null, "", "#/payments");
    await renderApp({ settings: { language } });
    await waitFor(() => byId("payments-sign-in"));
    await settled();
    expect(await violations()).toEqual([]);
  });
});
