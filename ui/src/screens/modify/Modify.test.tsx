import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ModificationAnswer } from "../../bindings/ModificationAnswer";
import { MOCK_CASES, MOCK_ESTIMATE } from "../../backend/mock";
import { LANGUAGES } from "../../l10n/bundles";
import { bundleFor } from "../../test/messageSources";
import { earlierToday, idleAsOf, signedIn } from "../../test/account";
import { byId, h1, renderApp } from "../../test/renderApp";
import { REASONS } from "./form";
import { caseLike, fillIncomes, openModify, questions, reviewedRequest, savedCases, wisconsinAnswer } from "./testing";

function field(id: string): HTMLInputElement {
  return byId(id) as HTMLInputElement;
}

function submitted(app: { backend: { calls: { method: string }[] } }) {
  return app.backend.calls.filter((call) => call.method === "submitModificationRequest");
}

describe("the Modify screen, signed out", () => {
  it("invites the parent to sign in, then shows their order with its heading focused", async () => {
    window.history.replaceState(null, "", "#/modify");
    const { user } = await renderApp({ autoSync: true });
    expect(h1().textContent).toBe("Ask to change a support order");
    const prompt = await screen.findByText("Sign in to ask for a review of your support order and follow your requests.");
    expect(prompt.closest("#sign-in-prompt")).not.toBeNull();
    expect(document.getElementById("modify-order")).toBeNull();

    await user.click(byId("modify-sign-in"));
    await waitFor(() => expect(byId("modify-order-heading").textContent).toBe("Case C-1001: your order now"));
    expect(document.getElementById("sign-in-prompt")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(byId("modify-order-heading")));
  });

  it("lets the parent cancel a sign-in under way, in Spanish too", async () => {
    window.history.replaceState(null, "", "#/modify");
    const { user } = await renderApp({ signIn: "manual", settings: { language: "es" } });
    expect(h1().textContent).toBe("Pida un cambio en su orden de manutención");
    await screen.findByText("Inicie sesión para pedir que se revise su orden de manutención y seguir sus solicitudes.");
    await user.click(byId("modify-sign-in"));
    await waitFor(() => expect(document.activeElement).toBe(byId("modify-cancel-sign-in")));
    await user.click(byId("modify-cancel-sign-in"));
    await waitFor(() => expect(document.activeElement).toBe(byId("modify-sign-in")));
    expect(document.getElementById("modify-order")).toBeNull();
  });
});

describe("the order and the case", () => {
  it("shows the order in force, its monthly equivalent and its date, and offers the cases with an order", async () => {
    const app = await openModify();
    expect(byId("modify-order").dataset.caseId).toBe("C-1001");
    expect(byId("modify-order-amount").textContent).toBe("$450.00 a month");
    expect(byId("modify-order-date").textContent).toBe("January 1, 2024");
    // The monthly equivalent comes from the backend's answer, once there is a new amount.
    expect(document.getElementById("modify-current-monthly")).toBeNull();
    const picker = byId("modify-case") as HTMLSelectElement;
    expect(Array.from(picker.options).map((option) => option.textContent)).toEqual([
      "Case C-1001: you receive support",
      "Case C-1003: you pay support",
    ]);

    await app.user.selectOptions(picker, "C-1003");
    await waitFor(() => expect(byId("modify-order").dataset.caseId).toBe("C-1003"));
    expect(byId("modify-order-amount").textContent).toBe("$120.00 every two weeks");
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "200");
    await waitFor(() => expect(byId("modify-current-monthly").textContent).toBe("$260.00"));
    expect(questions(app.backend).at(-1)).toEqual({ case_id: "C-1003", estimated_monthly: "200" });
  });

  it("has no picker with one case with an order, and explains a case without one", async () => {
    const noOrder = caseLike({ id: "C-1005", order: null });
    await openModify({ session: signedIn(), saved: savedCases([noOrder, MOCK_CASES[1] ?? noOrder]) });
    expect(document.getElementById("modify-case")).toBeNull();
    expect(byId("modify-order").dataset.caseId).toBe("C-1003");
    expect(byId("modify-no-order").textContent).toBe(
      "Case C-1005 has no support order yet, so there is no order to change. When the court makes an order, you can ask for a review of it here.",
    );
  });

  it("says there is no order to change when no case has one", async () => {
    window.history.replaceState(null, "", "#/modify");
    await renderApp({ session: signedIn(), saved: savedCases([caseLike({ order: null })]) });
    const notice = await waitFor(() => byId("modify-no-order"));
    expect(within(notice).getByRole("heading").textContent).toBe("No order to change yet");
    expect(document.getElementById("modify-order")).toBeNull();
    expect(document.getElementById("modify-submit")).toBeNull();
  });

  it("says when there is no case yet", async () => {
    window.history.replaceState(null, "", "#/modify");
    await renderApp({ session: signedIn(), saved: { cases: [], as_of: earlierToday() } });
    expect((await screen.findByText("No cases yet")).id).toBe("modify-no-cases");
  });
});

describe("the new estimate and the check", () => {
  it("prefills the calculator from the case, and checks the new amount against the order", async () => {
    const app = await openModify();
    expect(field("modify-children").value).toBe("2");
    expect(field("modify-custodial-a").checked).toBe(true);
    expect(document.getElementById("modify-jurisdiction")).toBeNull();
    expect(byId("modify-step-estimate").textContent).toContain("under Wisconsin's guideline");
    expect(byId("modify-check").dataset.state).toBe("waiting");

    await fillIncomes(app);
    await waitFor(() => expect(byId("modify-new-monthly").textContent).toBe("$375.00"));
    expect(byId("modify-new-summary").textContent).toBe("The other parent would pay you $375.00 a month.");
    expect(app.backend.estimates.at(-1)).toMatchObject({
      jurisdiction: "US-WI",
      children: 2,
      custodial: "a",
      parents: { a: { monthly_income: "2000.00" }, b: { monthly_income: "3000.00" } },
    });
    // The mock's own Wisconsin rule: $75.00 less is at least 15% and $50.
    await waitFor(() => expect(byId("modify-verdict").dataset.verdict).toBe("meets"));
    expect(questions(app.backend).at(-1)).toEqual({ case_id: "C-1001", estimated_monthly: "375.00" });
    expect(byId("modify-current-monthly").textContent).toBe("$450.00");
    expect(byId("modify-check-current").textContent).toBe("$450.00");
    expect(byId("modify-check-new").textContent).toBe("$375.00");
    expect(byId("modify-difference").textContent).toBe("$75.00 less a month (16.6%)");
    expect(byId("modify-reasons").querySelector('[data-key="wi-mod-threshold"]')?.textContent).toContain("that means $67.50 or more");
    expect(byId("modify-send-amount").textContent).toBe("The new amount sent with your request: $375.00 a month.");
  });

  it.each([
    [
      "en" as const,
      "$37.50 less a month (8.3%)",
      "Your order meets your state's rules for a review",
      [
        "Your order was made or last changed 34 months ago, which is 33 months or more. That is enough for a review.",
        "The new amount is $37.50 a month away from your order. An order can be reviewed when the difference is both at least 15% of the order and at least $50 a month; for your order, that means $67.50 or more. Your order does not meet this test.",
      ],
      "Rule: Wis. Stat. § 767.59(1f); Wisconsin child support agency review criteria",
      "Whatever this check says, you can ask for a review. The child support agency or the court decides whether your order changes.",
    ],
    [
      "es" as const,
      "$37.50 menos al mes (8.3%)",
      "Su orden cumple las reglas de su estado para una revisión",
      [
        "Su orden se dictó o se cambió por última vez hace 34 meses, es decir, hace 33 meses o más. Eso basta para pedir una revisión.",
        "El nuevo monto difiere de su orden en $37.50 al mes. Se puede revisar una orden cuando la diferencia es a la vez de al menos un 15% de la orden y de al menos $50 al mes; para su orden, eso significa $67.50 o más. Su orden no cumple este requisito.",
      ],
      "Regla: Wis. Stat. § 767.59(1f); Wisconsin child support agency review criteria",
      "Sea cual sea el resultado de esta comprobación, usted puede pedir una revisión. La agencia de manutención de menores o el tribunal decide si su orden cambia.",
    ],
  ])("shows the verdict, the difference in words and the reasons, in %s", async (language, difference, heading, reasons, citation, anyway) => {
    const app = await openModify({ settings: { language }, modificationCheck: wisconsinAnswer(), estimate: { ...MOCK_ESTIMATE, amount: "412.50" } });
    await fillIncomes(app);
    await waitFor(() => expect(byId("modify-verdict").dataset.verdict).toBe("meets"));
    expect(byId("modify-difference").textContent).toBe(difference);
    expect(byId("modify-verdict-heading").textContent).toBe(heading);
    expect(Array.from(byId("modify-reasons").querySelectorAll("li")).map((li) => li.textContent)).toEqual(reasons);
    expect(byId("modify-citation").textContent).toBe(citation);
    expect(byId("modify-ask-anyway").textContent).toBe(anyway);
    expect(byId("modify-check-new").textContent).toBe("$412.50");
    expect(byId("modify-check").getAttribute("aria-live")).toBe("polite");
  });

  it.each([
    ["court_decides" as const, "The agency or the court decides whether your order can be reviewed"],
    ["does_not_meet" as const, "Your order doesn't meet your state's rules for a review"],
  ])("has a plain heading for %s, and says when the amount goes up", async (verdict, heading) => {
    const answer = wisconsinAnswer();
    const check: ModificationAnswer = { ...answer, eligibility: { ...answer.eligibility, verdict, difference: "12.00", percent: "2.6" } };
    const app = await openModify({ modificationCheck: check });
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "462");
    await waitFor(() => expect(byId("modify-verdict").dataset.verdict).toBe(verdict));
    expect(byId("modify-verdict-heading").textContent).toBe(heading);
    expect(byId("modify-difference").textContent).toBe("$12.00 more a month (2.6%)");
  });

  it("takes the new amount typed instead of the calculator's, with focus on it", async () => {
    const app = await openModify();
    const toggle = byId("modify-source-toggle");
    expect(toggle.textContent).toBe("I already know the new amount");
    toggle.focus();
    await app.user.keyboard("{Enter}");
    expect(document.activeElement).toBe(byId("modify-estimate"));
    expect(document.getElementById("modify-income-a")).toBeNull();
    await app.user.type(byId("modify-estimate"), "$412.50");
    await waitFor(() => expect(byId("modify-difference").textContent).toBe("$37.50 less a month (8.3%)"));
    expect(questions(app.backend).at(-1)).toEqual({ case_id: "C-1001", estimated_monthly: "412.50" });
    expect(app.backend.estimates).toEqual([]);

    await app.user.click(byId("modify-source-toggle"));
    expect(document.activeElement).toBe(byId("modify-children"));
  });

  it("marks a typed amount the backend refuses, as it is typed", async () => {
    const app = await openModify();
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "12.345");
    await waitFor(() => expect(field("modify-estimate").getAttribute("aria-invalid")).toBe("true"));
    expect(byId("modify-estimate-error").textContent).toBe("Enter an amount in dollars and cents, zero or more, like 412.50");
    expect(byId("modify-estimate-error").dataset.problem).toBe("invalid_amount");
    expect(byId("modify-check").dataset.state).toBe("waiting");
  });

  it("offers only the typed amount where the calculator can't do the state", async () => {
    const delaware = caseLike({ jurisdiction: "US-DE" });
    const app = await openModify({ session: signedIn(), saved: savedCases([delaware]) });
    await waitFor(() => byId("modify-calculator-unavailable"));
    expect(byId("modify-calculator-unavailable").textContent).toContain("The app doesn't know all of Delaware's rules yet");
    expect(document.getElementById("modify-source-toggle")).toBeNull();
    expect(document.getElementById("modify-children")).toBeNull();
    await app.user.type(byId("modify-estimate"), "300");
    // The mock's Delaware rule: support set 34 months ago, past 2½ years.
    await waitFor(() => expect(byId("modify-verdict").dataset.verdict).toBe("meets"));
  });

  it("says when the calculator refuses the case, and lets the parent type the amount", async () => {
    const app = await openModify();
    app.backend.fail("estimate", { code: "invalid_input", message: "not known", field: "jurisdiction", reason: "rules_incomplete" });
    await fillIncomes(app);
    await waitFor(() => byId("modify-calculator-refused"));
    expect(byId("modify-calculator-refused").textContent).toContain(
      "The app doesn't know all of this state's rules that this case needs yet, so it can't estimate it.",
    );
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "400");
    await waitFor(() => expect(byId("modify-verdict")).toBeTruthy());
  });

  it("shows a check the backend refuses, with its reason translated", async () => {
    const app = await openModify({
      failures: { modificationCheck: { code: "invalid_input", message: "late", field: "order_date", reason: "order_date_after_as_of" } },
    });
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "400");
    await waitFor(() => byId("modify-check-error"));
    expect(byId("modify-check-error").textContent).toBe(
      "The app couldn't check your state's rules. The date of your order is after today, so the app can't compare it yet. Ask the agency to check your order's date.",
    );
  });

  it("asks New York's incomes then and now, and turns a yearly guideline amount into a monthly one", async () => {
    const newYork = caseLike({ jurisdiction: "US-NY" });
    const app = await openModify({
      session: signedIn(),
      saved: savedCases([newYork]),
      estimate: { ...MOCK_ESTIMATE, amount: "4950.00", per: "year", notes: [] },
      // 34 months after the order: New York's 3 years are not up yet.
      now: () => new Date(2026, 10, 22, 12, 0),
    });
    await fillIncomes(app, "40000", "60000");
    await waitFor(() => expect(byId("modify-new-monthly").textContent).toBe("$412.50"));
    expect(byId("modify-new-converted").textContent).toBe("The guideline gives $4,950.00 a year, which is $412.50 a month.");
    await app.user.type(byId("modify-income-before"), "4000");
    await app.user.type(byId("modify-income-after"), "3000");
    await waitFor(() =>
      expect(questions(app.backend).at(-1)).toEqual({
        case_id: "C-1001",
        estimated_monthly: "412.50",
        income_before: "4000",
        income_after: "3000",
      }),
    );
    await waitFor(() => expect(byId("modify-reasons").textContent).toContain("Your gross income has gone down by 25.0%"));
    expect(byId("modify-verdict").dataset.verdict).toBe("court_decides");
  });

  it("marks the other income when only one is given", async () => {
    const app = await openModify({ session: signedIn(), saved: savedCases([caseLike({ jurisdiction: "US-NY" })]) });
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "400");
    await app.user.type(byId("modify-income-before"), "4000");
    await waitFor(() => expect(byId("modify-income-after-error").textContent).toBe("Fill in this information"));
  });

  it("never lets a slow, older answer replace a newer one", async () => {
    let calls = 0;
    let releaseFirst: () => void = () => undefined;
    const older = wisconsinAnswer();
    const newer: ModificationAnswer = { ...older, eligibility: { ...older.eligibility, verdict: "does_not_meet", difference: "-50.00", percent: "11.1" } };
    const app = await openModify({
      modificationCheck: () => {
        calls += 1;
        if (calls === 1) return new Promise<ModificationAnswer>((resolve) => (releaseFirst = () => resolve(older)));
        return newer;
      },
    });
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "412.50");
    await waitFor(() => expect(questions(app.backend)).toHaveLength(1));
    await app.user.clear(byId("modify-estimate"));
    await app.user.type(byId("modify-estimate"), "400");
    await waitFor(() => expect(byId("modify-verdict").dataset.verdict).toBe("does_not_meet"));
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(byId("modify-verdict").dataset.verdict).toBe("does_not_meet");
    expect(byId("modify-difference").textContent).toBe("$50.00 less a month (11.1%)");
  });
});

describe("what changed", () => {
  it("offers every reason as a radio in a fieldset, and counts the characters left", async () => {
    const app = await openModify();
    const group = screen.getByRole("radiogroup", { name: "What changed?" });
    expect(within(group).getAllByRole("radio").map((radio) => radio.id)).toEqual(REASONS.map((reason) => `modify-reason-${reason}`));
    expect(screen.getByLabelText("Parenting time changed")).toBe(byId("modify-reason-custody_change"));
    const details = byId("modify-details");
    expect(details.getAttribute("aria-describedby")).toBe("modify-details-hint modify-details-info");
    expect(byId("modify-details-info").textContent).toBe("You can enter up to 2,000 characters.");
    expect(byId("modify-details-count").textContent).toBe("2,000 characters left");
    await app.user.type(details, "New job");
    expect(byId("modify-details-count").textContent).toBe("1,993 characters left");
    await app.user.clear(details);
    await app.user.paste("x".repeat(2003));
    await waitFor(() => expect(byId("modify-details-count").textContent).toBe("3 characters over the limit"));
    expect(byId("modify-details-count").dataset.over).toBe("true");
    await waitFor(() => expect(document.querySelector(".usa-character-count__sr-status")?.textContent).toBe("3 characters over the limit"), {
      timeout: 2000,
    });
  });

  it("has a message for every reason, status and verdict, in both languages", () => {
    const ids = [
      ...REASONS.map((reason) => `modify-reason-${reason}`),
      ...["received", "under_review", "granted", "denied", "withdrawn"].map((status) => `modify-status-${status}`),
      ...["meets", "court_decides", "does_not_meet"].map((verdict) => `modify-verdict-${verdict}`),
      ...["reason_required", "required", "too_long", "invalid_amount", "unknown_case", "no_order"].map((reason) => `modify-error-${reason}`),
      "estimate-error-order_date_after_as_of",
    ];
    for (const language of LANGUAGES) {
      for (const id of ids) expect(bundleFor(language).hasMessage(id), `${language}: ${id}`).toBe(true);
    }
  });
});

describe("sending the request", () => {
  it("shows each problem at its input and in a summary that takes focus, and sends nothing", async () => {
    const app = await openModify();
    await app.user.click(byId("modify-submit"));
    const summary = await waitFor(() => byId("modify-error-summary"));
    expect(summary.getAttribute("role")).toBe("alert");
    expect(document.activeElement).toBe(summary);
    expect(byId("modify-error-summary-heading").textContent).toBe("There are 2 problems with your request");
    expect(within(summary).getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Choose what changed",
      "Say in your own words what changed",
    ]);
    expect(byId("modify-reason-error").dataset.problem).toBe("reason_required");
    expect(byId("modify-reason").getAttribute("aria-invalid")).toBe("true");
    expect(byId("modify-details-error").dataset.problem).toBe("required");
    expect(byId("modify-details").getAttribute("aria-describedby")?.split(" ")).toContain("modify-details-error");
    expect(byId("modify-details").closest(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);
    expect(submitted(app)).toEqual([]);

    // The summary takes the parent to the input; choosing a reason takes its problem away.
    await app.user.click(within(summary).getByRole("button", { name: "Say in your own words what changed" }));
    expect(document.activeElement).toBe(byId("modify-details"));
    await app.user.click(byId("modify-reason-job_loss"));
    expect(document.getElementById("modify-reason-error")).toBeNull();
    expect(within(byId("modify-error-summary")).getAllByRole("button")).toHaveLength(1);
  });

  it("refuses details over 2,000 characters and a bad typed amount, in Spanish too", async () => {
    const app = await openModify({ settings: { language: "es" } });
    await app.user.click(byId("modify-reason-other"));
    await app.user.click(byId("modify-details"));
    await app.user.paste("a".repeat(2001));
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "doce");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(document.activeElement).toBe(byId("modify-error-summary")));
    expect(byId("modify-details-error").textContent).toBe("Use 2,000 caracteres o menos");
    expect(byId("modify-details-error").dataset.problem).toBe("too_long");
    expect(byId("modify-estimate-error").dataset.problem).toBe("invalid_amount");
    expect(byId("modify-estimate-error").textContent).toBe("Escriba una cantidad en dólares y centavos, cero o más, como 412.50");
    expect(byId("modify-error-summary-heading").textContent).toBe("Hay 2 problemas con su solicitud");
    expect(submitted(app)).toEqual([]);
  });

  it("sends the reason, the details trimmed and the new amount, then shows the request number", async () => {
    const app = await openModify();
    await app.user.click(byId("modify-reason-income_change"));
    await app.user.type(byId("modify-details"), "  I started a new job on March 3 that pays less.  ");
    await fillIncomes(app);
    await waitFor(() => expect(byId("modify-verdict")).toBeTruthy());
    await app.user.click(byId("modify-submit"));

    await waitFor(() => byId("modify-confirmation"));
    expect(submitted(app)).toEqual([
      {
        method: "submitModificationRequest",
        caseId: "C-1001",
        request: { reason: "income_change", details: "I started a new job on March 3 that pays less.", estimated_monthly: "375.00" },
      },
    ]);
    expect(document.activeElement).toBe(byId("modify-confirmation-heading"));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("delivered"));
    expect(byId("modify-confirmation-heading").textContent).toBe("Request received");
    expect(byId("modify-request-number").textContent).toBe("MR-000001");
    expect(byId("modify-request-number").parentElement?.textContent).toBe("Your request number is MR-000001");
    expect(document.getElementById("modify-submit")).toBeNull();
    // The sync after the delivery brings it into the list.
    await waitFor(() => expect(document.querySelector('[data-request-id="MR-000001"]')).not.toBeNull());
    expect(document.querySelector('[data-request-id="MR-000001"]')?.getAttribute("data-status")).toBe("received");
  });

  it("sends no amount when there is none", async () => {
    const app = await openModify();
    await app.user.click(byId("modify-reason-custody_change"));
    await app.user.type(byId("modify-details"), "The children live with me now.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => byId("modify-confirmation"));
    expect(submitted(app)).toEqual([
      {
        method: "submitModificationRequest",
        caseId: "C-1001",
        request: { reason: "custody_change", details: "The children live with me now.", estimated_monthly: null },
      },
    ]);
  });

  it("says the request is saved here when the agency can't be reached", async () => {
    const app = await openModify({
      agency: { state: "unreachable", url: "http://127.0.0.1:8080", error: { code: "agency_unreachable", message: "down" } },
    });
    await app.user.click(byId("modify-reason-job_loss"));
    await app.user.type(byId("modify-details"), "Laid off.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(document.getElementById("modify-confirm-waiting")).not.toBeNull());
    expect(byId("modify-confirmation").dataset.state).toBe("queued");
    expect(byId("modify-confirmation-heading").textContent).toBe("Saved, waiting to send");
    expect(byId("modify-confirm-waiting").textContent).toContain("It will be sent when the agency can be reached.");
  });

  it("shows a refusal with a Try again button that sends it again", async () => {
    const app = await openModify({ delivery: "manual" });
    await app.user.click(byId("modify-reason-disability"));
    await app.user.type(byId("modify-details"), "I can't work since my accident.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("queued"));
    const item = (await app.backend.outbox())[0];
    if (!item) throw new Error("nothing in the outbox");
    act(() => app.backend.failOutboxItem(item.id, { code: "agency_error", message: "refused" }));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("failed"));
    expect(byId("modify-confirmation-heading").textContent).toBe("Your request wasn't accepted");
    expect(byId("modify-confirm-failed").textContent).toBe("The agency couldn't finish your request. Please try again later.");

    await app.user.click(byId("modify-retry"));
    expect(app.backend.calls).toContainEqual({ method: "retryOutboxItem", id: item.id });
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("delivered"));
    expect(byId("modify-request-number").textContent).toBe("MR-000001");
  });

  it("says when sending is paused", async () => {
    const app = await openModify({ delivery: "manual" });
    await app.user.click(byId("modify-reason-job_loss"));
    await app.user.type(byId("modify-details"), "Laid off.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("queued"));
    const item = (await app.backend.outbox())[0];
    if (!item) throw new Error("nothing in the outbox");
    act(() => app.backend.setOutbox([{ ...item, state: { state: "paused" } }]));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("paused"));
    expect(byId("modify-confirmation-heading").textContent).toBe("Sending paused");
    expect(byId("modify-confirm-paused").textContent).toBe(
      "Your request is saved on this computer. Sending is paused: it will be sent once sending resumes.",
    );
  });

  it("shows the backend's own refusal of the details at the field", async () => {
    const app = await openModify({
      failures: { submitModificationRequest: { code: "invalid_input", message: "too long", field: "details", reason: "too_long" } },
    });
    await app.user.click(byId("modify-reason-other"));
    await app.user.type(byId("modify-details"), "Something else happened.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(byId("modify-details-error").dataset.problem).toBe("too_long"));
    expect(document.activeElement).toBe(byId("modify-error-summary"));
  });
});

describe("supporting documents", () => {
  function attachmentsShown(): [string, string][] {
    return Array.from(byId("modify-attachments").querySelectorAll<HTMLElement>("li[data-item-id]")).map((li) => [
      li.dataset.itemId ?? "",
      li.dataset.state ?? "",
    ]);
  }

  async function uploadIds(app: { backend: { outbox(): Promise<{ id: string; kind: string; created_at: string }[]> } }): Promise<string[]> {
    const items = (await app.backend.outbox()).filter((item) => item.kind === "document_attachment");
    return items.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id)).map((item) => item.id);
  }

  it("adds documents, shows their progress, removes one, and sends the others with the request", async () => {
    const app = await openModify({ delivery: "manual" });
    expect(byId("modify-step-documents-heading").textContent).toBe("4. Supporting documents (optional)");
    expect(field("modify-document-type").value).toBe("pay_stub");
    expect(byId("modify-document-accepted").textContent).toBe("PDF, JPEG or PNG, up to 25 MB");
    expect(byId("modify-attachments-none").textContent).toBe("You haven't added any documents.");

    await app.user.click(byId("modify-attach"));
    await waitFor(() => expect(attachmentsShown()).toHaveLength(1));
    app.backend.setPickedFile("/home/maria/termination-letter.pdf");
    await app.user.selectOptions(byId("modify-document-type"), "other");
    await app.user.click(byId("modify-attach"));
    await waitFor(() => expect(attachmentsShown()).toHaveLength(2));
    const [stub, letter] = await uploadIds(app);
    if (!stub || !letter) throw new Error("two uploads expected");
    expect(app.backend.calls.filter((call) => call.method === "addDocument")).toEqual([
      { method: "addDocument", caseId: "C-1001", path: "/home/maria/Documents/pay-stub-may-2026.pdf", documentType: "pay_stub", replaces: null },
      { method: "addDocument", caseId: "C-1001", path: "/home/maria/termination-letter.pdf", documentType: "other", replaces: null },
    ]);
    expect(document.getElementById("modify-attachments-none")).toBeNull();
    expect(byId(`modify-attachment-${letter}-name`).textContent).toBe("termination-letter.pdf");

    act(() => app.backend.progressUpload(stub, 122_880, 50_000));
    await waitFor(() => expect((byId(`modify-attachment-progress-${stub}`) as HTMLProgressElement).value).toBe(122_880));
    expect(byId(`modify-attachment-amount-${stub}`).textContent).toBe("120 kB of 240 kB sent (50%)");
    expect(document.getElementById(`modify-attachment-pause-${stub}`)).toBeNull();

    await app.user.click(byId(`modify-attachment-remove-${letter}`));
    await waitFor(() => expect(attachmentsShown()).toEqual([[stub, "sending"]]));
    expect(app.backend.calls).toContainEqual({ method: "cancelUpload", id: letter });
    expect(document.activeElement).toBe(byId("modify-attach"));

    await app.user.click(byId("modify-reason-income_change"));
    await app.user.type(byId("modify-details"), "My hours were cut in half.");
    expect(byId("modify-send-documents").textContent).toBe("1 document goes with your request.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => byId("modify-confirmation"));
    expect(submitted(app)).toEqual([
      {
        method: "submitModificationRequest",
        caseId: "C-1001",
        request: { reason: "income_change", details: "My hours were cut in half.", estimated_monthly: null },
        attachments: [stub],
      },
    ]);
    const documents = byId("modify-confirm-documents");
    expect(byId("modify-confirm-documents-heading").textContent).toBe("Documents with your request");
    expect(byId("modify-confirm-documents-waiting").textContent).toBe("Your request is sent to the agency as soon as its documents are.");
    expect(documents.querySelector("li")?.textContent).toBe("pay-stub-may-2026.pdf: sending (50%)");

    act(() => app.backend.deliverOutboxItem(stub));
    await waitFor(() => expect(documents.querySelector("li")?.dataset.state).toBe("delivered"));
    expect(documents.querySelector("li")?.textContent).toBe("pay-stub-may-2026.pdf: sent");
    expect(document.getElementById("modify-confirm-documents-waiting")).toBeNull();
    const request = (await app.backend.outbox()).find((item) => item.kind === "modification_request");
    if (!request) throw new Error("no request in the outbox");
    act(() => app.backend.deliverOutboxItem(request.id));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("delivered"));
    // The sync after the delivery brings the request, with its document by name.
    const entry = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-request-id="MR-000001"]');
      if (!found) throw new Error("not listed yet");
      return found;
    });
    await waitFor(() => expect(entry.textContent).toContain("Documentspay-stub-may-2026.pdf"));
  });

  it("waits to send the request until its documents are sent, when they go by themselves", async () => {
    const app = await openModify();
    await app.user.click(byId("modify-attach"));
    await waitFor(() => expect(attachmentsShown()).toHaveLength(1));
    await app.user.click(byId("modify-reason-job_loss"));
    await app.user.type(byId("modify-details"), "Laid off.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("delivered"));
    await waitFor(() => expect(document.querySelector('[data-request-id="MR-000001"]')).not.toBeNull());
    const requests = (await app.backend.submissions()).modification_requests;
    expect(requests.map((request) => request.documents)).toEqual([["DOC-000001"]]);
  });

  it("says why a file can't go with the request, with focus on it", async () => {
    const app = await openModify({ pickDocument: "/home/maria/photo.heic" });
    await app.user.click(byId("modify-attach"));
    const error = await waitFor(() => byId("modify-document-error"));
    expect(error.dataset.problem).toBe("heic");
    expect(document.activeElement).toBe(error);
    expect(attachmentsShown()).toEqual([]);
  });

  it("won't send the request while a document was refused, and says so", async () => {
    const app = await openModify({ delivery: "manual" });
    await app.user.click(byId("modify-attach"));
    await waitFor(() => expect(attachmentsShown()).toHaveLength(1));
    const [id] = await uploadIds(app);
    if (!id) throw new Error("no upload");
    act(() => app.backend.failOutboxItem(id, { code: "agency_error", message: "refused" }));
    await waitFor(() => expect(attachmentsShown()).toEqual([[id, "failed"]]));
    await app.user.click(byId("modify-reason-job_loss"));
    await app.user.type(byId("modify-details"), "Laid off.");
    await app.user.click(byId("modify-submit"));
    const summary = await waitFor(() => byId("modify-error-summary"));
    expect(document.activeElement).toBe(summary);
    const problem = within(summary).getByRole("button", { name: "A document wasn't accepted. Send it again, or remove it." });
    expect(submitted(app)).toEqual([]);
    await app.user.click(problem);
    expect(document.activeElement).toBe(byId(`modify-attachment-retry-${id}`));
    await app.user.click(byId(`modify-attachment-retry-${id}`));
    expect(app.backend.calls).toContainEqual({ method: "retryOutboxItem", id });
  });

  it("speaks Spanish", async () => {
    const app = await openModify({ settings: { language: "es" }, delivery: "manual" });
    expect(byId("modify-step-documents-heading").textContent).toBe("4. Documentos de apoyo (opcional)");
    expect(byId("modify-attach").textContent).toBe("Agregar un documento…");
    expect((byId("modify-document-type") as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Talón de pago");
    await app.user.click(byId("modify-attach"));
    await waitFor(() => expect(attachmentsShown()).toHaveLength(1));
    const [id] = await uploadIds(app);
    expect(byId(`modify-attachment-remove-${id ?? ""}`).textContent).toBe("Quitar");
    expect(byId(`modify-attachment-state-${id ?? ""}`).textContent).toBe("Esperando para enviarse");
  });
});

describe("the requests made on the case", () => {
  it("lists this case's requests, newest first, each with its status timeline", async () => {
    const older = reviewedRequest({
      id: "MR-000007",
      status: "denied",
      submitted_on: "2025-02-01",
      estimated_monthly: null,
      timeline: [
        { status: "received", at: "2025-02-01T10:00:00Z", note: null },
        { status: "denied", at: "2025-03-01T10:00:00Z", note: null },
      ],
    });
    const other = reviewedRequest({ id: "MR-000050", case_id: "C-1003" });
    const app = await openModify({
      submissions: { applications: [], modification_requests: [older, reviewedRequest(), other], as_of: earlierToday() },
    });
    const list = await waitFor(() => byId("modification-requests"));
    await waitFor(() => expect(list.querySelectorAll("li[data-request-id]")).toHaveLength(2));
    const items = Array.from(list.querySelectorAll<HTMLElement>("li[data-request-id]"));
    expect(items.map((item) => [item.dataset.requestId, item.dataset.status])).toEqual([
      ["MR-000042", "under_review"],
      ["MR-000007", "denied"],
    ]);
    const first = items[0] as HTMLElement;
    expect(first.textContent).toContain("A parent lost their job");
    expect(first.textContent).toContain("$300.00 a month");
    expect(first.textContent).toContain("The other parent's plant closed in March.");
    const steps = Array.from(first.querySelectorAll<HTMLElement>(".usa-process-list > .usa-process-list__item"));
    expect(steps.map((step) => step.dataset.status)).toEqual(["received", "under_review"]);
    expect(steps.map((step) => step.getAttribute("aria-current"))).toEqual([null, "step"]);
    expect(steps[1]?.textContent).toContain("Current status");
    expect(steps[1]?.textContent).toContain("A caseworker is reviewing your request.");
    expect(first.querySelector(".usa-process-list")?.getAttribute("aria-label")).toBe("Status of request MR-000042");

    // A finished sync reads them again.
    app.backend.setSubmissions({ applications: [], modification_requests: [reviewedRequest({ status: "granted" })], as_of: earlierToday() });
    act(() => app.backend.setSync(idleAsOf(new Date().toISOString())));
    await waitFor(() => expect(list.querySelectorAll("li[data-request-id]")).toHaveLength(1));
    expect(list.querySelector("li[data-request-id]")?.getAttribute("data-status")).toBe("granted");
  });

  it("says when there is none yet, in Spanish", async () => {
    await openModify({ settings: { language: "es" }, submissions: { applications: [], modification_requests: [], as_of: null } });
    await waitFor(() => expect(byId("modification-requests-none").textContent).toBe("Todavía no ha pedido que se revise esta orden."));
    expect(byId("modification-requests-as-of").textContent).toBe("Todavía no se ha actualizado con la agencia.");
  });
});
