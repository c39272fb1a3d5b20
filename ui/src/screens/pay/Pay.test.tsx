import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_CASES, type MockBackendOptions } from "../../backend/mock";
import type { Language } from "../../bindings/Language";
import { earlierToday, signedIn } from "../../test/account";
import { violations } from "../../test/axe";
import { openKioskVisit } from "../../test/kiosk";
import { byId, h1, renderApp, type RenderedApp } from "../../test/renderApp";

async function openPay(options: MockBackendOptions = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/pay");
  const app = await renderApp({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, ...options });
  await waitFor(() => expect(byId("pay-case-number")).toBeTruthy(), { timeout: 3000 });
  return app;
}

describe("the How to pay screen", () => {
  it("invites the parent to sign in first", async () => {
    window.history.replaceState(null, "", "#/pay");
    await renderApp();
    expect(h1().textContent).toBe("How to pay");
    await screen.findByText("Sign in to see how to pay on your case and the amount due next.");
  });

  it("says what to quote and the agency's ways to pay; the paying parent sees the amount due next", async () => {
    const app = await openPay();
    // C-1001: she receives; the options are what the other parent can use.
    expect(byId("pay-case-number").textContent).toBe("C-1001");
    expect(document.getElementById("pay-next-due")).toBeNull();
    expect(byId("pay-quote-hint").textContent).toBe("You receive support on this case. These are the ways the other parent can pay.");
    expect(byId("pay-mail-address").textContent).toContain("PO Box 74200");
    expect(byId("pay-text").textContent).toContain("Text 55501 from your phone.");
    expect(byId("pay-cash").textContent).toContain("The place charges $1.99 per payment.");
    expect(byId("pay-cash").textContent).toContain("No fee.");

    // C-1003: she pays.
    await app.user.selectOptions(byId("pay-case"), "C-1003");
    await waitFor(() => expect(byId("pay-case-number").textContent).toBe("C-1003"));
    expect(byId("pay-next-due").textContent).toBe("Nothing is due under the order right now.");
    expect(byId("pay-mail").textContent).toContain("Write your case number, C-1003, on the check or money order.");
  });

  it("shows the amount due next to the parent who pays", async () => {
    const [first] = MOCK_CASES;
    if (!first) throw new Error("the mock has cases");
    const paying = [{ ...first, role: "noncustodial" as const }];
    await openPay({ saved: { cases: paying, as_of: earlierToday() } });
    expect(byId("pay-next-due").textContent).toBe("$500.00 by June 1, 2026");
    expect(byId("pay-arrears").textContent).toBe("$1,250.00");
  });

  it("opens the payment site through the shell, naming only the case", async () => {
    const app = await openPay();
    expect(byId("pay-online-url").textContent).toBe("https://pay.example.org/child-support");
    await app.user.click(byId("pay-online-open"));
    await waitFor(() => expect(byId("pay-online-status").textContent).toBe("The payment site was opened in your web browser."));
    expect(app.backend.calls.filter((call) => call.method === "openPaymentSite")).toEqual([{ method: "openPaymentSite", caseId: "C-1001" }]);
    // The page itself has no link out of the app.
    expect(Array.from(document.querySelectorAll("main a")).filter((a) => !(a.getAttribute("href") ?? "").startsWith("#"))).toEqual([]);
  });

  it("says plainly when the site can't be opened safely", async () => {
    const app = await openPay({ paymentOptions: { mail: null, online: { name: "ePay", url: "http://pay.example.org/" }, text: null, cash: [] } });
    await app.user.click(byId("pay-online-open"));
    await waitFor(() => expect(byId("pay-online-error").textContent).toContain("can't be opened safely"));
  });

  it("on a kiosk, shows the site as an instruction only, with nothing to open", async () => {
    const app = await openKioskVisit({ session: signedIn(false), saved: { cases: MOCK_CASES, as_of: earlierToday() } }, "pay");
    await waitFor(() => byId("pay-online-kiosk"));
    expect(byId("pay-online-kiosk").textContent).toBe(
      "This computer can't open websites. On your own phone or computer, go to https://pay.example.org/child-support",
    );
    expect(document.getElementById("pay-online-open")).toBeNull();
    expect(app.backend.calls.some((call) => call.method === "openPaymentSite")).toBe(false);
  });

  it("speaks Spanish", async () => {
    await openPay({ settings: { language: "es" } });
    expect(h1().textContent).toBe("Cómo pagar");
    expect(byId("pay-mail-heading").textContent).toBe("Por correo");
  });

  it("says when there are no cases", async () => {
    window.history.replaceState(null, "", "#/pay");
    await renderApp({ session: signedIn(), saved: { cases: [], as_of: earlierToday() } });
    await waitFor(() => expect(byId("pay-no-cases").textContent).toBe("No cases yet"));
  });
});

describe("accessibility of the How to pay screen (axe-core)", () => {
  it.each(["en", "es"] as Language[])("in %s", async (language) => {
    await openPay({ settings: { language } });
    expect(await violations()).toEqual([]);
  });

  it("on a kiosk", async () => {
    await openKioskVisit({ session: signedIn(false), saved: { cases: MOCK_CASES, as_of: earlierToday() } }, "pay");
    await waitFor(() => byId("pay-online-kiosk"));
    expect(await violations()).toEqual([]);
  });
});
