import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Projection } from "../../bindings/Projection";
import { MOCK_CASES, MOCK_OFFICE_NAME } from "../../backend/mock";
import { earlierToday, idleAsOf, signedIn } from "../../test/account";
import { openKioskVisit } from "../../test/kiosk";
import { byId, h1, renderApp } from "../../test/renderApp";
import { manyPayments, mockView, openPayments, renderedIds, row, summaryFacts } from "./testing";

function count(): string {
  return byId("payments-count").textContent ?? "";
}

function audit(): HTMLElement {
  return byId("payments-audit");
}

/** A date chosen in a date field's picker: the web view fires `input`, then `change`. */
function pickDate(field: HTMLElement, value: string): void {
  fireEvent.input(field, { target: { value } });
  fireEvent.change(field);
}

describe("the Payments screen, signed out", () => {
  it("invites the parent to sign in, then shows their payments", async () => {
    window.history.replaceState(null, "", "#/payments");
    const { user } = await renderApp({ autoSync: true });
    expect(h1().textContent).toBe("Your payments");
    const prompt = await screen.findByText("Sign in to see the payments on your case and what is still owed.");
    expect(prompt.closest("#sign-in-prompt")).not.toBeNull();
    expect(document.getElementById("payments-summary")).toBeNull();

    await user.click(byId("payments-sign-in"));
    // Nothing saved yet: the sync fetches the cases, and the first one is shown.
    await waitFor(() => expect(byId("payments-summary").dataset.role).toBe("custodial"));
    expect(document.getElementById("sign-in-prompt")).toBeNull();
    expect(byId("payments-summary-heading").textContent).toBe("Case C-1001");
    expect(document.activeElement).toBe(byId("payments-summary-heading"));
  });
});

describe("the Payments screen's summary", () => {
  it("speaks to the parent who receives support, and says how fresh it is", async () => {
    const { backend } = await openPayments();
    const picker = byId("payments-case") as HTMLSelectElement;
    expect(picker.value).toBe("C-1001");
    expect(Array.from(picker.options).map((option) => option.textContent)).toEqual([
      "Case C-1001: you receive support",
      "Case C-1003: you pay support",
    ]);
    expect(byId("payments-summary").dataset.role).toBe("custodial");
    expect(summaryFacts()).toEqual([
      ["Owed to you", "$1,700.00"],
      ["Next payment expected", "$500.00 on June 1, 2026"],
      ["Current support due", "$450.00"],
      ["Past-due support (arrears)", "$1,250.00"],
      ["Last payment received", "$500.00 on April 15, 2026"],
    ]);
    expect(byId("payments-as-of").textContent).toBe("The agency's figures as of May 31, 2026.");
    expect(within(byId("payments-summary")).getByText(/^Up to date as of /).id).toBe("sync-status");
    expect(byId("sync-status").dataset.phase).toBe("idle");
    expect(backend.calls).toContainEqual({ method: "paymentsView", caseId: "C-1001" });
    expect(backend.calls.some((call) => call.method === "outbox")).toBe(false);
  });

  it("speaks to the parent who pays support", async () => {
    const { user, backend } = await openPayments();
    await user.selectOptions(byId("payments-case"), "C-1003");
    await waitFor(() => expect(byId("payments-summary").dataset.role).toBe("noncustodial"));
    expect(summaryFacts()).toEqual([
      ["You owe", "$40.00 in credit"],
      ["Next payment due", "Nothing due"],
      ["Current support due", "$0.00"],
      ["Past-due support (arrears)", "$40.00 in credit"],
      ["Your last payment", "$120.00 on May 22, 2026"],
    ]);
    expect(backend.calls).toContainEqual({ method: "paymentsView", caseId: "C-1003" });
  });

  it("has no picker with one case, and says so when there is none", async () => {
    const only = MOCK_CASES.slice(1);
    await openPayments({ session: signedIn(), saved: { cases: only, as_of: earlierToday() } });
    expect(document.getElementById("payments-case")).toBeNull();
    expect(byId("payments-summary-heading").textContent).toBe("Case C-1003");
  });

  it("says when there is no case yet", async () => {
    window.history.replaceState(null, "", "#/payments");
    await renderApp({ session: signedIn(), saved: { cases: [], as_of: earlierToday() } });
    expect((await screen.findByText("No cases yet")).id).toBe("payments-no-cases");
  });

  it("is in Spanish too", async () => {
    await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, settings: { language: "es" } });
    expect(h1().textContent).toBe("Sus pagos");
    expect(byId("payments-summary-heading").textContent).toBe("Caso C-1001");
    expect(summaryFacts()).toEqual([
      ["Se le debe", "$1,700.00"],
      ["Próximo pago que espera recibir", "$500.00 el 1 de junio de 2026"],
      ["Manutención actual pendiente", "$450.00"],
      ["Manutención atrasada", "$1,250.00"],
      ["Último pago recibido", "$500.00 el 15 de abril de 2026"],
    ]);
    expect(byId("payments-as-of").textContent).toBe("Cifras de la agencia al 31 de mayo de 2026.");
    expect(audit().textContent).toContain("Nuestro propio cálculo da $1,784.01; la agencia indica $1,700.00");
  });

  it("reads the payments again when a sync finishes", async () => {
    const { backend } = await openPayments();
    expect(count()).toBe("Showing 24 of 24 payments");
    const one = manyPayments(1);
    act(() => {
      backend.setSaved({ cases: MOCK_CASES, as_of: earlierToday(), payments: { "C-1001": one, "C-1003": [] } });
      backend.setSync({ phase: "syncing", as_of: null, done: 0, total: 3, error: null });
    });
    expect(byId("sync-status").dataset.phase).toBe("syncing");
    act(() => backend.setSync(idleAsOf(new Date().toISOString())));
    await waitFor(() => expect(count()).toBe("Showing 1 of 1 payment"));
  });
});

describe("the audit", () => {
  it("says by how much the agency's balance differs, what may explain it, and whom to ask", async () => {
    await openPayments();
    expect(audit().dataset.verdict).toBe("differs");
    expect(audit().querySelector(".app-audit__text")?.textContent).toBe(
      "Our own calculation comes to $1,784.01; the agency says $1,700.00 (a difference of $84.01, first seen in May 2026).",
    );
    expect(audit().querySelector("[data-cause]")?.textContent).toBe(
      "The difference is exactly the interest we worked out: the agency may charge interest differently, or not at all.",
    );
    expect(audit().querySelector(".app-audit__explain")?.textContent).toBe(
      "A difference like this may be interest, or payments the agency hasn't posted yet. Our calculation is a check, not an official balance. " +
        `You can ask ${MOCK_OFFICE_NAME} about it at 1-800-555-0142.`,
    );
  });

  it("says when the agency's balance agrees", async () => {
    const view = await mockView();
    const row = { month: "2026-05-01", ours: "1700.00", agency: "1700.00", difference: "0.00" };
    await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, paymentsView: { ...view, audit: { verdict: "matches", rows: [row], first_difference: null, likely_causes: [] } } });
    expect(audit().dataset.verdict).toBe("matches");
    expect(audit().textContent).toContain("Our own calculation agrees with the agency's balance of $1,700.00.");
  });

  it("agrees about a credit in words", async () => {
    const { user } = await openPayments();
    await user.selectOptions(byId("payments-case"), "C-1003");
    await waitFor(() => expect(audit().dataset.verdict).toBe("matches"));
    expect(audit().textContent).toContain("Our own calculation agrees with the agency's: $40.00 in credit.");
  });

  it("says why the account couldn't be worked, and when there is nothing to compare", async () => {
    const view = await mockView();
    const error = { code: "agency_error", message: "The app could not work out this order's account: no term." } as const;
    const { backend } = await openPayments({
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      paymentsView: { ...view, statement: null, audit: null, ledger_error: error },
    });
    expect(audit().dataset.verdict).toBe("error");
    expect(audit().textContent).toContain(
      "We couldn't do our own calculation for this case. The app could not work out this order's account: no term.",
    );
    // No statement: no planner and no month-by-month table.
    expect(document.getElementById("payoff")).toBeNull();
    expect(document.getElementById("payments-balances")).toBeNull();

    backend.setPaymentsView({ ...view, audit: { verdict: "not_covered", rows: [], first_difference: null, likely_causes: [] } });
    act(() => backend.setSync({ phase: "syncing", as_of: null, done: 0, total: 1, error: null }));
    act(() => backend.setSync(idleAsOf(new Date().toISOString())));
    await waitFor(() => expect(audit().dataset.verdict).toBe("not_covered"));
    expect(audit().textContent).toContain("The agency's balance is for a date our own calculation doesn't cover");
  });
});

describe("the payment history", () => {
  it("lists every payment newest first, with its source in words", async () => {
    await openPayments();
    expect(count()).toBe("Showing 24 of 24 payments");
    expect(byId("payments-count").getAttribute("aria-live")).toBe("polite");
    expect(renderedIds()[0]).toBe("PAY-000024");
    const cells = within(row("PAY-000024")).getAllByRole("cell").map((cell) => cell.textContent);
    expect(within(row("PAY-000024")).getByRole("rowheader").textContent).toBe("Apr 15, 2026");
    expect(cells.slice(0, 3)).toEqual(["$500.00", "Wage withholding", "Apr 17, 2026"]);
    expect(byId("payments-table").getAttribute("aria-rowcount")).toBe("25");
    expect(row("PAY-000024").getAttribute("aria-rowindex")).toBe("2");
  });

  it("narrows by source, dates and search, and says how many are shown", async () => {
    const { user } = await openPayments();
    await user.selectOptions(byId("payments-source"), "federal_tax_offset");
    await waitFor(() => expect(count()).toBe("Showing 1 of 24 payments"));
    expect(renderedIds()).toEqual(["PAY-000012"]);
    await user.selectOptions(byId("payments-source"), "");
    await waitFor(() => expect(count()).toBe("Showing 24 of 24 payments"));

    pickDate(byId("payments-from"), "2026-01-01");
    await waitFor(() => expect(count()).toBe("Showing 3 of 24 payments"));
    pickDate(byId("payments-to"), "2026-02-28");
    await waitFor(() => expect(count()).toBe("Showing 1 of 24 payments"));
    expect(within(row(renderedIds()[0] ?? "")).getByText("Unemployment benefits")).toBeTruthy();
    await user.click(byId("payments-clear-filters"));
    await waitFor(() => expect(count()).toBe("Showing 24 of 24 payments"));

    await user.type(byId("payments-search"), "500");
    await waitFor(() => expect(count()).toBe("Showing 12 of 24 payments"));
    await user.clear(byId("payments-search"));
    await user.type(byId("payments-search"), "tax refund");
    await waitFor(() => expect(count()).toBe("Showing 2 of 24 payments"));
    await user.clear(byId("payments-search"));
    await user.type(byId("payments-search"), "pay-000003");
    await waitFor(() => expect(renderedIds()).toEqual(["PAY-000003"]));
    await user.type(byId("payments-search"), "x");
    await waitFor(() => expect(count()).toBe("Showing 0 of 24 payments"));
    expect(byId("payments-none-match").textContent).toBe("No payments match. Try other dates, another source or other words.");
    expect((byId("payments-export") as HTMLButtonElement).disabled).toBe(true);
  });

  it("opens a payment to show how it was applied", async () => {
    const { user } = await openPayments();
    const button = within(row("PAY-000024")).getByRole("button", {
      name: "Details for the payment of $500.00 received Apr 15, 2026",
    });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const details = byId(button.getAttribute("aria-controls") ?? "");
    expect(details.dataset.detailsFor).toBe("PAY-000024");
    expect(details.getAttribute("aria-rowindex")).toBe("3");
    expect(row("PAY-000023").getAttribute("aria-rowindex")).toBe("4");
    expect(byId("payments-table").getAttribute("aria-rowcount")).toBe("26");
    const facts = Array.from(details.querySelectorAll("dt")).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts).toEqual([
      ["Current support", "$450.00"],
      ["Past-due support", "$50.00"],
      ["Interest", "$0.00"],
      ["Fees", "$0.00"],
      ["Paid out", "Apr 17, 2026"],
      ["Payment number", "PAY-000024"],
    ]);
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.querySelector('[data-details-for="PAY-000024"]')).toBeNull();
  });

  it("renders only the rows in view of 10,000, and the right ones after scrolling", async () => {
    const view = await mockView();
    const payments = manyPayments(10_000);
    const { user } = await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, paymentsView: { ...view, payments } });
    expect(count()).toBe("Showing 10,000 of 10,000 payments");
    expect(byId("payments-table").getAttribute("aria-rowcount")).toBe("10001");
    const first = renderedIds();
    expect(first.length).toBeLessThan(40);
    expect(first[0]).toBe("PAY-10000");
    const bottom = document.querySelectorAll<HTMLElement>(".app-history__spacer");
    expect(bottom).toHaveLength(1);
    expect(bottom[0]?.style.getPropertyValue("--app-spacer-height")).toBe(`${(10_000 - first.length) * 48}px`);

    // Row 5000 (0-based) is at the top: PAY-5000, the 5001st payment.
    const scroller = byId("payments-scroller");
    scroller.scrollTop = 5000 * 48;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(renderedIds()).toContain("PAY-5000"));
    const ids = renderedIds();
    expect(ids.length).toBeLessThan(40);
    expect(ids[0]).toBe(`PAY-${10_000 - 4992}`);
    expect(row("PAY-5000").getAttribute("aria-rowindex")).toBe("5002");
    const [top, below] = Array.from(document.querySelectorAll<HTMLElement>(".app-history__spacer"));
    expect(top?.style.getPropertyValue("--app-spacer-height")).toBe(`${4992 * 48}px`);
    expect(below?.style.getPropertyValue("--app-spacer-height")).toBe(`${(10_000 - 4992 - ids.length) * 48}px`);
    expect(document.querySelectorAll("#payments-table tbody tr").length).toBeLessThan(45);

    // Opening a row there counts it in the rows' indices after it.
    await user.click(within(row("PAY-5000")).getByRole("button"));
    expect(row("PAY-4999").getAttribute("aria-rowindex")).toBe("5004");
    expect(byId("payments-table").getAttribute("aria-rowcount")).toBe("10002");

    // New filters start again from the top.
    await user.selectOptions(byId("payments-source"), "direct");
    await waitFor(() => expect(count()).toBe("Showing 2,000 of 10,000 payments"));
    expect(renderedIds()[0]).toBe("PAY-9999");
    expect(scroller.scrollTop).toBe(0);
  });

  it("renders the rows a scroll brings after the scroll events, for where the list then is", async () => {
    const view = await mockView();
    await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, paymentsView: { ...view, payments: manyPayments(10_000) } });
    const scroller = byId("payments-scroller");
    const renderedFrom = () => scroller.dataset.renderedFrom;
    expect(renderedFrom()).toBe("0");
    // Three scroll events in one frame, as a drag brings them.
    for (const rowAtTop of [1000, 2000, 3000]) {
      scroller.scrollTop = rowAtTop * 48;
      fireEvent.scroll(scroller);
    }
    // Not in the events (which would hold back the frame they come in) ...
    expect(renderedFrom()).toBe("0");
    // ... but in a task after them, for where the list is by then.
    await waitFor(() => expect(renderedIds()).toContain(`PAY-${10_000 - 3000}`));
    expect(renderedIds()).not.toContain(`PAY-${10_000 - 1000}`);
  });

  it("writes the rows a jump brings over the rows already there, all but the one holding the focus", async () => {
    const view = await mockView();
    await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, paymentsView: { ...view, payments: manyPayments(10_000) } });
    const before = Array.from(document.querySelectorAll<HTMLElement>("tr.app-history__row"));
    const focusedRow = row("PAY-9997");
    within(focusedRow).getByRole("button").focus();

    const scroller = byId("payments-scroller");
    scroller.scrollTop = 5000 * 48;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(renderedIds()).toContain("PAY-5000"));

    // The same elements now stand for the payments in view, with their text.
    const after = Array.from(document.querySelectorAll<HTMLElement>("tr.app-history__row"));
    expect(after.filter((element) => before.includes(element))).toHaveLength(before.length - 1);
    expect(row("PAY-5000").querySelector("th")?.textContent).toBe("Sep 21, 2012");
    expect(within(row("PAY-5000")).getByRole("button").textContent).toBe("Details for the payment of $100.00 received Sep 21, 2012");
    // The focused row's element was not given to another payment.
    expect(focusedRow.isConnected).toBe(false);
    expect(document.activeElement?.closest("tr")).toBeNull();
  });

  it("saves the payments shown as CSV where the parent chooses, and says where", async () => {
    const { user, backend } = await openPayments();
    await user.selectOptions(byId("payments-source"), "state_tax_offset");
    await waitFor(() => expect(count()).toBe("Showing 1 of 24 payments"));
    expect(byId("payments-export-status").getAttribute("role")).toBe("status");
    expect(byId("payments-export-status").textContent).toBe("");
    await user.click(byId("payments-export"));

    await waitFor(() => expect(byId("payments-export-status").textContent).toBe("The payment history was saved to /home/maria/Documents/payments-C-1001.csv"));
    expect(backend.calls).toContainEqual({
      method: "saveCsv",
      fileName: "payments-C-1001.csv",
      title: "Save the payment history",
      text:
        "date_received,amount,source,current_support,arrears,interest,fees,disbursed_on\r\n" +
        "2025-07-08,38.00,state_tax_offset,0.00,38.00,0.00,0.00,2025-07-24\r\n",
    });
    expect(backend.savedFiles).toHaveLength(1);
    expect(document.getElementById("payments-export-error")).toBeNull();
  });

  it("saves the case's statement as a PDF, in the parent's language", async () => {
    const { user, backend } = await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, settings: { language: "es" } });
    // The statement is of the whole case, whatever the filters.
    await user.selectOptions(byId("payments-source"), "state_tax_offset");
    await user.click(byId("payments-export-pdf"));
    await waitFor(() => expect(byId("payments-export-status").textContent).toBe("El estado de cuenta se guardó en /home/maria/Documents/statement-C-1001.pdf"));
    const saved = backend.savedFiles[0];
    expect(saved?.kind).toBe("pdf");
    expect(saved?.title).toBe("Guardar el estado de cuenta");
    if (saved?.kind !== "pdf") throw new Error("no PDF");
    expect(saved.document.language).toBe("es");
    expect(saved.document.title).toBe("Estado de cuenta de pagos: caso C-1001");
    expect(saved.document.sections[1]?.rows).toHaveLength(24);
  });

  it("says nothing when the parent closes the save dialog", async () => {
    const { user, backend } = await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, saveTo: null });
    await user.click(byId("payments-export"));
    await waitFor(() => expect(document.querySelector(".app-exports")?.getAttribute("data-state")).toBe("idle"));
    expect(backend.calls.filter((call) => call.method === "saveCsv")).toHaveLength(1);
    expect(byId("payments-export-status").textContent).toBe("");
    expect(document.getElementById("payments-export-error")).toBeNull();
    expect(backend.savedFiles).toEqual([]);
  });

  it("asks once while the save dialog is open", async () => {
    let close: (path: string | null) => void = () => undefined;
    const { user, backend } = await openPayments({
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      saveTo: () => new Promise<string | null>((resolve) => (close = resolve)),
    });
    await user.click(byId("payments-export-pdf"));
    await user.click(byId("payments-export-pdf"));
    await user.click(byId("payments-export"));
    expect(byId("payments-export-pdf").getAttribute("aria-busy")).toBe("true");
    expect(backend.calls.filter((call) => call.method === "saveStatementPdf" || call.method === "saveCsv")).toHaveLength(1);
    act(() => close("/tmp/statement.pdf"));
    await waitFor(() => expect(byId("payments-export-status").textContent).toBe("The statement was saved to /tmp/statement.pdf"));
    expect(byId("payments-export-pdf").getAttribute("aria-busy")).toBeNull();
  });

  it("says why a file wasn't saved, in words", async () => {
    const { user, backend } = await openPayments();
    backend.fail("saveCsv", { code: "storage", message: "The file could not be saved there (Permission denied)." });
    await user.click(byId("payments-export"));
    const error = await waitFor(() => byId("payments-export-error"));
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toBe("The file couldn't be saved in that folder. Try again and choose another folder, like Documents.");

    backend.fail("saveCsv", undefined);
    backend.fail("saveStatementPdf", { code: "internal", message: "boom" });
    await user.click(byId("payments-export-pdf"));
    await waitFor(() => expect(byId("payments-export-error").textContent).toBe("The file couldn't be saved. Something went wrong in the app. Please try again."));

    // A success clears the error.
    await user.click(byId("payments-export"));
    await waitFor(() => expect(document.getElementById("payments-export-error")).toBeNull());
    expect(byId("payments-export-status").textContent).toContain("payments-C-1001.csv");
  });

  it("says in plain words when the computer refuses to save files", async () => {
    const { user, backend } = await openPayments();
    backend.fail("saveStatementPdf", { code: "invalid_input", message: "Files cannot be saved on this computer." });
    await user.click(byId("payments-export-pdf"));
    await waitFor(() =>
      expect(byId("payments-export-error").textContent).toBe(
        "This computer doesn't allow saving files from this app. You can still see your payments here.",
      ),
    );
  });

  it("offers neither file on a kiosk, which saves nothing, and says why", async () => {
    await openKioskVisit({ session: signedIn(false), saved: { cases: MOCK_CASES, as_of: earlierToday() } }, "payments");
    const note = await waitFor(() => byId("payments-export-kiosk"));
    expect(note.textContent).toBe("On this office computer, the payment history can't be saved to a file.");
    expect(document.getElementById("payments-export")).toBeNull();
    expect(document.getElementById("payments-export-pdf")).toBeNull();
    expect(document.getElementById("payments-export-status")).toBeNull();
  });

  it("offers the statement when the case has no payments yet", async () => {
    const view = await mockView();
    const { user, backend } = await openPayments({
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      paymentsView: { ...view, payments: [] },
    });
    expect(byId("payments-none").textContent).toBe("No payments yet.");
    expect(document.getElementById("payments-export")).toBeNull();
    await user.click(byId("payments-export-pdf"));
    await waitFor(() => expect(backend.savedFiles).toHaveLength(1));
  });
});

describe("the payoff planner", () => {
  it("starts from the order's arrears payment and says when the balance would be paid off", async () => {
    const { user, backend } = await openPayments();
    const input = byId("payoff-amount") as HTMLInputElement;
    expect(input.value).toBe("50.00");
    expect(byId("payoff-amount-hint").textContent).toBe("In dollars and cents, like 75.00. Your order sets $50.00 a month, which is filled in.");
    await user.click(byId("payoff-plan"));
    await waitFor(() =>
      expect(byId("payoff-outcome").textContent).toBe(
        "At $50.00 a month, the past-due balance would be paid off in August 2029, after 39 payments, with $148.75 of interest.",
      ),
    );
    expect(byId("payoff-result").getAttribute("aria-live")).toBe("polite");
    expect(backend.calls).toContainEqual({ method: "payoff", caseId: "C-1001", monthlyPayment: "50.00" });

    await user.clear(input);
    await user.type(input, "$2,000");
    await user.click(byId("payoff-plan"));
    await waitFor(() => expect(byId("payoff-outcome").textContent).toContain("paid off in June 2026, after 1 payment, with $0.00 of interest."));
    expect(backend.calls).toContainEqual({ method: "payoff", caseId: "C-1001", monthlyPayment: "2000" });
  });

  it("marks an amount that isn't dollars and cents, in words, and clears it on typing", async () => {
    const { user } = await openPayments();
    const input = byId("payoff-amount") as HTMLInputElement;
    await user.clear(input);
    await user.type(input, "abc");
    await user.click(byId("payoff-plan"));
    await waitFor(() => expect(byId("payoff-amount-error").textContent).toBe("Enter a monthly amount in dollars and cents, more than zero, like 75.00"));
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("payoff-amount-hint payoff-amount-error");
    expect(input.closest(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);
    expect(input.classList.contains("usa-input--error")).toBe(true);
    expect(document.activeElement).toBe(input);
    expect(document.getElementById("payoff-outcome")).toBeNull();

    await user.type(input, "1");
    expect(document.getElementById("payoff-amount-error")).toBeNull();
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("says when the balance would never be paid off, or not in a hundred years, or is nothing", async () => {
    const base: Projection = { monthly_payment: "5.00", principal: "1700.00", interest: "0.00", outcome: { kind: "nothing_owed" }, months: [] };
    const { user, backend } = await openPayments({
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      payoff: { ...base, outcome: { kind: "never_pays_off", monthly_interest: "8.50" } },
    });
    await user.click(byId("payoff-plan"));
    await waitFor(() =>
      expect(byId("payoff-outcome").textContent).toBe(
        "At $5.00 a month, the past-due balance would never be paid off: the interest alone comes to $8.50 a month.",
      ),
    );
    backend.setPayoff({ ...base, outcome: { kind: "beyond_horizon", months: 1200, left: "12.34" } });
    await user.click(byId("payoff-plan"));
    await waitFor(() =>
      expect(byId("payoff-outcome").textContent).toBe(
        "At $5.00 a month, the past-due balance would still not be paid off after 100 years; $12.34 would be left.",
      ),
    );
    backend.setPayoff(base);
    await user.click(byId("payoff-plan"));
    await waitFor(() => expect(byId("payoff-outcome").textContent).toBe("There is no past-due balance to pay off."));
    expect(byId("payoff-outcome").dataset.outcome).toBe("nothing_owed");
  });
});

describe("the balance over time", () => {
  it("shows the last 24 months, and every month on request", async () => {
    const { user } = await openPayments();
    const table = byId("payments-balances");
    const months = () => Array.from(table.querySelectorAll("tbody th")).map((th) => th.textContent);
    expect(months()).toHaveLength(24);
    expect(months()[0]).toBe("June 2024");
    expect(months().at(-1)).toBe("May 2026");
    const may = table.querySelector<HTMLElement>('[data-month="2026-05-01"]');
    expect(Array.from(may?.querySelectorAll("td") ?? []).map((td) => td.textContent)).toEqual(["$450.00", "$0.00", "$1,250.00"]);

    const toggle = byId("payments-balances-toggle");
    expect(toggle.textContent).toBe("Show all 29 months");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    expect(months()).toHaveLength(29);
    expect(months()[0]).toBe("January 2024");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Show the last 24 months only");
  });
});

describe("the Payments screen's errors", () => {
  it("says when the payments can't be read", async () => {
    window.history.replaceState(null, "", "#/payments");
    await renderApp({
      session: signedIn(),
      saved: { cases: MOCK_CASES, as_of: earlierToday() },
      failures: { paymentsView: { code: "storage", message: "disk" } },
    });
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Your payments couldn't be shown. The app couldn't save or read information on this computer.",
    );
  });

  it("offers a fresh start when the saved copy is damaged", async () => {
    window.history.replaceState(null, "", "#/payments");
    await renderApp({ session: signedIn(), storeDamaged: true });
    expect((await screen.findByRole("alert")).id).toBe("store-damaged");
  });
});
