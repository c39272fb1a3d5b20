import { act, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import { createMockBackend } from "../../backend/mock";
import { completeForm, reviewedApplication } from "../../test/application";
import { dateTimeOf, idleAsOf, signedIn, timeOf } from "../../test/account";
import { byId, h1, renderApp, type RenderedApp } from "../../test/renderApp";
import { emptyForm } from "./form";
import { currentStep, draftOf, input, next, openApply, polyfillCssEscape, press, submittedForms, tabTo, typeAt } from "./testing";

beforeAll(polyfillCssEscape);

/** Fills in every step by keyboard alone, as `completeForm()` has it, and stops on the review. */
async function fillByKeyboard(app: RenderedApp): Promise<void> {
  const { user } = app;
  // 1. About you
  await typeAt(app, "apply-applicant-given_name", "Maria");
  await user.tab();
  await user.keyboard("Lopez");
  await user.tab();
  await user.keyboard("4");
  await user.tab();
  await user.keyboard("28");
  await user.tab();
  await user.keyboard("1990");
  await typeAt(app, "apply-applicant-ssn", "123-45-6789");
  await typeAt(app, "apply-applicant-phone", "608-555-0100");
  await typeAt(app, "apply-applicant-email", "maria.lopez@example.org");
  await typeAt(app, "apply-applicant-address-line1", "12 Elm St");
  await typeAt(app, "apply-applicant-address-line2", "Apt 3");
  await typeAt(app, "apply-applicant-address-city", "Madison");
  // user-event can't choose an option by typing, as a browser's select does (W, I): it picks it on the focused select.
  await user.selectOptions(await tabTo(app, "apply-applicant-address-state"), "WI");
  await typeAt(app, "apply-applicant-address-zip", "53703");
  await press(app, "apply-applicant-receives_medicaid");
  await next(app);
  // 2. The other parent
  await typeAt(app, "apply-other_parent-given_name", "James");
  await typeAt(app, "apply-other_parent-family_name", "Carter");
  await typeAt(app, "apply-other_parent-aliases", "Jim");
  await typeAt(app, "apply-other_parent-employer", "Lakeview Tires");
  await next(app);
  // 3. The children
  await typeAt(app, "apply-children-0-given_name", "Sofia");
  await typeAt(app, "apply-children-0-family_name", "Lopez");
  await typeAt(app, "apply-children-0-date_of_birth-month", "4");
  await typeAt(app, "apply-children-0-date_of_birth-day", "9");
  await typeAt(app, "apply-children-0-date_of_birth-year", "2016");
  await press(app, "apply-children-0-paternity-established");
  await next(app);
  // 4. Existing orders: none. 5. Services.
  await next(app);
  await press(app, "apply-service-establish_order");
  await press(app, "apply-service-enforce_order");
  await next(app);
  // 6. Safety. 7. Fees.
  await next(app);
  expect(byId("apply-fee-yours").textContent).toBe("You said you receive TANF or Medicaid, so you shouldn't be charged an application fee.");
  await next(app);
  // 8. Review and sign
  await typeAt(app, "apply-signature-typed_name", "Maria Lopez");
  await user.tab();
  await user.keyboard(" ");
}

/** The texts the ids in an input's `aria-describedby` name. */
function describedText(id: string): string {
  return (byId(id).getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((part) => document.getElementById(part)?.textContent ?? "")
    .join(" ");
}

function errorOf(id: string): HTMLElement {
  return byId(`${id}-error`);
}

/** The form with Maria's answers through step `upTo` and nothing after. */
function answeredThrough(upTo: number): ApplicationForm {
  const done = completeForm();
  const empty = emptyForm();
  return {
    applicant: upTo >= 0 ? done.applicant : empty.applicant,
    other_parent: upTo >= 1 ? done.other_parent : empty.other_parent,
    children: upTo >= 2 ? done.children : empty.children,
    existing_orders: [],
    services: upTo >= 4 ? done.services : [],
    safety: empty.safety,
    signature: empty.signature,
  };
}

function calls(app: RenderedApp, method: string): number {
  return app.backend.calls.filter((call) => call.method === method).length;
}

describe("the Apply screen, signed out", () => {
  it("asks the parent to sign in first, then shows the form with focus on its first step", async () => {
    window.history.replaceState(null, "", "#/apply");
    const { user, backend } = await renderApp({ signIn: "manual" });
    expect(h1().textContent).toBe("Apply for child support services");
    const prompt = await screen.findByText(
      "Sign in to apply for services. The app saves your answers as you go, so you can stop and finish later.",
    );
    expect(prompt.closest("#sign-in-prompt")).not.toBeNull();
    expect(document.getElementById("apply-step")).toBeNull();
    expect(backend.calls.some((call) => call.method === "applicationDraft")).toBe(false);

    await user.click(byId("apply-sign-in"));
    await waitFor(() => expect(byId("apply-cancel-sign-in")).toBeTruthy());
    act(() => backend.completeSignIn());
    await waitFor(() => expect(currentStep()).toBe(0));
    expect(document.activeElement).toBe(byId("apply-step-heading"));
    expect(backend.calls).toContainEqual({ method: "applicationDraft" });
  });
});

describe("the Apply screen's steps", () => {
  it("walks through every step by keyboard alone and submits exactly what was typed", { timeout: 60_000 }, async () => {
    const app = await openApply();
    expect(h1().textContent).toBe("Apply for child support services");
    expect(byId("apply-step-heading").textContent).toBe("Step 1 of 8: About you");
    await fillByKeyboard(app);
    expect(byId("apply-step-heading").textContent).toBe("Step 8 of 8: Review and sign");
    await tabTo(app, "apply-submit");
    await app.user.keyboard("{Enter}");

    await waitFor(() => expect(byId("apply-confirmation").dataset.state).toBe("delivered"));
    expect(submittedForms(app.backend)).toEqual([completeForm()]);
    expect(byId("apply-application-number").textContent).toBe("AP-000001");
    expect(byId("apply-confirmation").textContent).toContain("Application received");
    expect(byId("apply-confirmation").textContent).toContain("Your application number is AP-000001");
    // The backend syncs after the delivery: the application shows with its status.
    await waitFor(() => expect(document.querySelector('#applications li[data-application-id="AP-000001"]')).not.toBeNull());
  });

  it("shows the USWDS step indicator with counters, and Back returns without checking", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(0), 1) });
    const segments = Array.from(document.querySelectorAll(".usa-step-indicator__segment"));
    expect(segments).toHaveLength(8);
    expect(segments.map((segment) => segment.getAttribute("aria-current"))).toEqual([null, "step", null, null, null, null, null, null]);
    expect(segments[0]?.classList.contains("usa-step-indicator__segment--complete")).toBe(true);
    expect(segments[0]?.textContent).toBe("About you completed");
    expect(segments[2]?.textContent).toBe("The children not completed");
    expect(document.querySelector(".usa-step-indicator--counters")).not.toBeNull();
    expect(byId("apply-step-heading").textContent).toBe("Step 2 of 8: The other parent");
    expect(byId("apply-other-intro").textContent).toBe("Tell us what you know. Leave anything you don't know blank.");

    const checks = calls(app, "checkApplication");
    await tabTo(app, "apply-back");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(0));
    expect(document.activeElement).toBe(byId("apply-step-heading"));
    expect(byId("apply-step-heading").textContent).toBe("Step 1 of 8: About you");
    expect(calls(app, "checkApplication")).toBe(checks);
    expect(document.getElementById("apply-back")).toBeNull();
    expect(input("apply-applicant-given_name").value).toBe("Maria");
  });

  it("takes Enter in a text field as Next", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(0), 0) });
    await tabTo(app, "apply-applicant-email");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(1));
  });

  it("marks wrong answers on the field and in a focused summary, and goes nowhere", async () => {
    const app = await openApply();
    await typeAt(app, "apply-applicant-family_name", "Lopez");
    await typeAt(app, "apply-applicant-date_of_birth-month", "1");
    await typeAt(app, "apply-applicant-date_of_birth-day", "2");
    await typeAt(app, "apply-applicant-date_of_birth-year", "2099");
    await typeAt(app, "apply-applicant-ssn", "12345");
    await tabTo(app, "apply-next");
    await app.user.keyboard("{Enter}");

    const summary = await waitFor(() => byId("apply-error-summary"));
    expect(summary.getAttribute("role")).toBe("alert");
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole("heading").textContent).toBe("7 answers need another look");
    expect(within(summary).getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Enter your first name",
      "A date of birth can't be in the future",
      "An SSN has 9 digits, like 123-45-6789",
      "Enter your street address",
      "Enter your city or town",
      "Choose your state or territory",
      "Enter your ZIP code",
    ]);
    expect(currentStep()).toBe(0);

    const given = input("apply-applicant-given_name");
    expect(given.getAttribute("aria-invalid")).toBe("true");
    expect(errorOf("apply-applicant-given_name")).toMatchObject({ textContent: "Enter your first name" });
    expect(errorOf("apply-applicant-given_name").dataset.problem).toBe("required");
    expect(describedText("apply-applicant-given_name")).toContain("Enter your first name");
    expect(given.closest(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);
    expect(given.classList.contains("usa-input--error")).toBe(true);

    const date = errorOf("apply-applicant-date_of_birth");
    expect(date.textContent).toBe("A date of birth can't be in the future");
    expect(date.dataset.problem).toBe("future_date");
    expect(byId("apply-applicant-date_of_birth").tagName).toBe("FIELDSET");
    expect(describedText("apply-applicant-date_of_birth-year")).toContain("A date of birth can't be in the future");
    expect(input("apply-applicant-date_of_birth-month").getAttribute("aria-invalid")).toBe("true");

    expect(errorOf("apply-applicant-ssn")).toMatchObject({ textContent: "An SSN has 9 digits, like 123-45-6789" });
    expect(errorOf("apply-applicant-ssn").dataset.problem).toBe("invalid_ssn");
    expect(input("apply-applicant-ssn").getAttribute("aria-invalid")).toBe("true");
    expect(input("apply-applicant-family_name").getAttribute("aria-invalid")).toBeNull();
    expect(document.getElementById("apply-applicant-family_name-error")).toBeNull();

    // Each entry of the summary takes the parent to its field.
    await app.user.tab();
    await app.user.keyboard("{Enter}");
    expect(document.activeElement).toBe(given);
    within(summary).getByRole("button", { name: "A date of birth can't be in the future" }).focus();
    await app.user.keyboard("{Enter}");
    expect(document.activeElement).toBe(byId("apply-applicant-date_of_birth-month"));
    expect(calls(app, "submitApplication")).toBe(0);
  });

  it("sends a date missing a part as typed, so that it is marked as not a date", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(1), 2) });
    await typeAt(app, "apply-children-0-given_name", "Sofia");
    await typeAt(app, "apply-children-0-family_name", "Lopez");
    await typeAt(app, "apply-children-0-date_of_birth-month", "4");
    await typeAt(app, "apply-children-0-date_of_birth-year", "2016");
    await tabTo(app, "apply-next");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(errorOf("apply-children-0-date_of_birth").dataset.problem).toBe("invalid_date"));
    expect(errorOf("apply-children-0-date_of_birth").textContent).toBe("Enter the child's date of birth as month, day and year, like 3 9 2019");
    expect(errorOf("apply-children-0-paternity")).toMatchObject({ textContent: "Choose whether paternity is established for this child" });
    const checked = app.backend.calls.filter((call) => call.method === "checkApplication").at(-1);
    expect(checked?.method === "checkApplication" && checked.form.children[0]?.date_of_birth).toBe("2016-04-");
    const summary = byId("apply-error-summary");
    expect(within(summary).getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Child 1: Enter the child's date of birth as month, day and year, like 3 9 2019",
      "Child 1: Choose whether paternity is established for this child",
    ]);
    within(summary).getAllByRole("button")[1]?.focus();
    await app.user.keyboard("{Enter}");
    expect(document.activeElement).toBe(byId("apply-children-0-paternity-established"));
  });

  it("says when the other parent's address is only partly known, and when no service is chosen", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(0), 1) });
    await typeAt(app, "apply-other_parent-address-city", "Chicago");
    await tabTo(app, "apply-next");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(errorOf("apply-other_parent-address").dataset.problem).toBe("incomplete_address"));
    expect(errorOf("apply-other_parent-address").textContent).toBe(
      "Enter the whole address (street, city, state and ZIP code), or leave all of it blank",
    );
    expect(input("apply-other_parent-address-line1").getAttribute("aria-invalid")).toBe("true");
    expect(input("apply-other_parent-address-city").getAttribute("aria-invalid")).toBeNull();
    expect(describedText("apply-other_parent-address-zip")).toContain("Enter the whole address");

    const other = createMockBackend({ session: signedIn(), applicationDraft: draftOf(answeredThrough(2), 4) });
    app.unmount();
    const second = await openApply(other);
    await tabTo(second, "apply-next");
    await second.user.keyboard("{Enter}");
    await waitFor(() => expect(errorOf("apply-services").textContent).toBe("Choose at least one service"));
    expect(errorOf("apply-services").dataset.problem).toBe("no_services");
    expect(input("apply-service-locate_parent").getAttribute("aria-describedby")).toBe("apply-services-error");
    expect(document.activeElement).toBe(byId("apply-error-summary"));
  });

  it("adds and removes children and orders, moving focus and saying what happened", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(2), 2) });
    expect(document.getElementById("apply-remove-child-0")).toBeNull();
    await tabTo(app, "apply-add-child");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-children-1-given_name")));
    await app.user.keyboard("Mateo");
    expect(screen.getByRole("group", { name: "Child 2" })).toBeTruthy();
    await tabTo(app, "apply-remove-child-0");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-add-child")));
    expect(byId("apply-announce").textContent).toBe("Child 1 was removed.");
    expect(input("apply-children-0-given_name").value).toBe("Mateo");
    expect(input("apply-children-0-date_of_birth-month").value).toBe("");
    expect(document.getElementById("apply-children-1-given_name")).toBeNull();

    await tabTo(app, "apply-back");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(1));
    await next(app);
    await typeAt(app, "apply-children-0-family_name", "Lopez");
    await typeAt(app, "apply-children-0-date_of_birth-month", "8");
    await typeAt(app, "apply-children-0-date_of_birth-day", "22");
    await typeAt(app, "apply-children-0-date_of_birth-year", "2019");
    // A radio group is one stop for Tab; the arrow keys choose within it.
    await tabTo(app, "apply-children-0-paternity-established");
    await app.user.keyboard("{ArrowRight}");
    expect(input("apply-children-0-paternity-not_established").checked).toBe(true);
    await next(app);
    expect(byId("apply-orders-none").textContent).toBe("No orders added.");
    await tabTo(app, "apply-add-order");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-existing_orders-0-state")));
    await app.user.selectOptions(byId("apply-existing_orders-0-state"), "TX");
    await typeAt(app, "apply-existing_orders-0-court", "Travis County District Court");
    await tabTo(app, "apply-next");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(errorOf("apply-existing_orders-0-case_number").textContent).toBe("Enter the order's case number"));
    await typeAt(app, "apply-existing_orders-0-case_number", "2020-FAM-17");
    await next(app);
    const saved = app.backend.calls.filter((call) => call.method === "saveApplicationDraft").at(-1);
    expect(saved?.method === "saveApplicationDraft" && saved.draft).toMatchObject({
      step: 4,
      form: {
        children: [{ given_name: "Mateo", family_name: "Lopez", date_of_birth: "2019-08-22", paternity: "not_established" }],
        existing_orders: [{ state: "TX", court: "Travis County District Court", case_number: "2020-FAM-17" }],
      },
    });
  });

  it("reviews every answer, with Change going back to its step and back to the review", async () => {
    const form = { ...completeForm(), signature: { typed_name: "", consent: false } };
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(form, 7) });
    const about = byId("apply-review-0");
    expect(within(about).getByRole("heading").textContent).toBe("About you");
    const answers = Array.from(about.querySelectorAll("dt")).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(answers).toEqual([
      ["Name", "Maria Lopez"],
      ["Date of birth", "April 28, 1990"],
      ["Social Security number", "Ending in 6789"],
      ["Phone", "608-555-0100"],
      ["Email", "maria.lopez@example.org"],
      ["Address", "12 Elm StApt 3Madison, WI 53703"],
      ["Benefits", "Medicaid"],
    ]);
    expect(byId("apply-review-1").textContent).toContain("Not given");
    expect(byId("apply-review-2").textContent).toContain("Paternity: Established");
    expect(byId("apply-review-6").textContent).toContain("None, because you receive TANF or Medicaid");
    expect(screen.getByRole("button", { name: "Change Services" }).id).toBe("apply-change-4");

    await tabTo(app, "apply-change-4");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(4));
    expect(document.activeElement).toBe(byId("apply-step-heading"));
    await press(app, "apply-service-locate_parent");
    await tabTo(app, "apply-return-review");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(7));
    expect(within(byId("apply-review-4")).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Find the other parent",
      "Set up a support order",
      "Collect the support that is ordered",
    ]);
  });

  it("at Submit, checks every step and links to the answers on earlier steps", async () => {
    const form = completeForm();
    form.applicant.given_name = "";
    form.signature = { typed_name: "Maria Lopez", consent: false };
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(form, 7) });
    await tabTo(app, "apply-submit");
    await app.user.keyboard("{Enter}");
    const summary = await waitFor(() => byId("apply-error-summary"));
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain("Some answers on earlier steps need another look too.");
    expect(within(summary).getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Check the box to confirm and sign",
      "About you: Enter your first name",
    ]);
    expect(errorOf("apply-signature-consent").dataset.problem).toBe("consent_required");
    expect(input("apply-signature-consent").getAttribute("aria-invalid")).toBe("true");
    expect(calls(app, "submitApplication")).toBe(0);

    within(summary).getByRole("button", { name: "About you: Enter your first name" }).focus();
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(0));
    expect(document.activeElement).toBe(byId("apply-applicant-given_name"));
    expect(errorOf("apply-applicant-given_name").textContent).toBe("Enter your first name");
    await app.user.keyboard("Maria");
    await tabTo(app, "apply-return-review");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(7));
    await press(app, "apply-signature-consent");
    await tabTo(app, "apply-submit");
    await app.user.keyboard("{Enter}");
    await waitFor(() => byId("apply-confirmation"));
    expect(submittedForms(app.backend)).toEqual([completeForm()]);
  });

  it("says the fee may apply when the parent gets neither TANF nor Medicaid", async () => {
    const form = completeForm();
    form.applicant.receives_medicaid = false;
    await openApply({ session: signedIn(), applicationDraft: draftOf(form, 6) });
    expect(byId("apply-fee").textContent).toContain("The application fee is at most $25.00.");
    expect(byId("apply-fee-yours").textContent).toBe(
      "You said you don't receive TANF or Medicaid, so the agency may charge a fee of up to $25.00. It will tell you if you need to pay, and how.",
    );
  });

  it("explains the safety questions calmly, with the way out and the hotline", async () => {
    await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(4), 5) });
    expect(input("apply-safety-fears_harm").checked).toBe(false);
    expect(byId("apply-safety-note").textContent).toContain("Quick exit");
    expect(byId("apply-safety-note").textContent).toContain("1-800-799-7233");
    expect(screen.getByLabelText(/^Keep where I live private/).id).toBe("apply-safety-request_family_violence_flag");
  });
});

describe("the Apply screen's draft", () => {
  it("saves as the parent types, keeps the text through a sync, and resumes where they left off", async () => {
    const backend = createMockBackend({ session: signedIn() });
    const app = await openApply(backend);
    await typeAt(app, "apply-applicant-given_name", "Maria");
    act(() => backend.setSync(idleAsOf(new Date().toISOString())));
    await app.user.keyboard(" Elena");
    // Debounced: one save once the typing stops.
    await waitFor(() => expect(calls(app, "saveApplicationDraft")).toBe(1), { timeout: 3000 });
    const saved = backend.calls.find((call) => call.method === "saveApplicationDraft");
    expect(saved?.method === "saveApplicationDraft" && saved.draft).toMatchObject({ step: 0, saved_at: "", form: { applicant: { given_name: "Maria Elena" } } });
    const status = byId("apply-saved");
    expect(status.getAttribute("role")).toBe("status");
    await waitFor(() => expect(status.textContent).toMatch(/^Saved at /));
    expect(input("apply-applicant-given_name").value).toBe("Maria Elena");

    // A step change saves at once, with the step.
    const form = answeredThrough(0);
    form.applicant.given_name = "Maria Elena";
    app.unmount();
    const filled = createMockBackend({ session: signedIn(), applicationDraft: draftOf(form, 0) });
    const second = await openApply(filled);
    await next(second);
    expect(filled.calls.filter((call) => call.method === "saveApplicationDraft").at(-1)).toMatchObject({ draft: { step: 1 } });
    await typeAt(second, "apply-other_parent-employer", "Lakeview Tires");
    second.unmount();
    // What was typed just before leaving is saved on the way out.
    await waitFor(() => expect(filled.calls.filter((call) => call.method === "saveApplicationDraft").at(-1)).toMatchObject({ draft: { step: 1, form: { other_parent: { employer: "Lakeview Tires" } } } }));

    const third = await openApply(filled);
    expect(currentStep()).toBe(1);
    expect(input("apply-other_parent-employer").value).toBe("Lakeview Tires");
    const draft = await filled.applicationDraft();
    expect(byId("apply-resumed").textContent).toContain(
      `We saved your application on ${dateTimeOf(draft?.saved_at ?? "")}. You can pick up where you left off.`,
    );
    expect(document.activeElement).toBe(document.body);
    await tabTo(third, "apply-back");
    await third.user.keyboard("{Enter}");
    await waitFor(() => expect(input("apply-applicant-given_name").value).toBe("Maria Elena"));
    expect(input("apply-applicant-date_of_birth-month").value).toBe("04");
  });

  it("keeps what was typed when the language changes", async () => {
    const app = await openApply();
    await typeAt(app, "apply-applicant-given_name", "Maria");
    await typeAt(app, "apply-applicant-date_of_birth-month", "4");
    await tabTo(app, "language-toggle");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(byId("apply-step-heading").textContent).toBe("Paso 1 de 8: Sobre usted"));
    expect(input("apply-applicant-given_name").value).toBe("Maria");
    expect(input("apply-applicant-date_of_birth-month").value).toBe("4");
  });

  it("starts over only once the parent confirms, discarding the draft", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(answeredThrough(2), 3) });
    await tabTo(app, "apply-start-over");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-start-over-question")));
    expect(byId("apply-start-over-question").textContent).toBe("Start over with an empty application?");
    await tabTo(app, "apply-start-over-cancel");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-start-over")));
    expect(calls(app, "discardApplicationDraft")).toBe(0);

    await app.user.keyboard("{Enter}");
    await tabTo(app, "apply-start-over-confirm");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(0));
    expect(calls(app, "discardApplicationDraft")).toBe(1);
    expect(await app.backend.applicationDraft()).toBeNull();
    expect(input("apply-applicant-given_name").value).toBe("");
    expect(document.getElementById("apply-resumed")).toBeNull();
    expect(document.activeElement).toBe(byId("apply-step-heading"));
  });

  it("says when a save fails, keeps the form working, and saves again on request", async () => {
    const app = await openApply({ session: signedIn(), failures: { saveApplicationDraft: { code: "storage", message: "disk full" } } });
    await typeAt(app, "apply-applicant-given_name", "Maria");
    await waitFor(() => expect(byId("apply-saved").dataset.state).toBe("failed"), { timeout: 3000 });
    expect(byId("apply-saved").textContent).toBe(
      "Your latest answers couldn't be saved on this computer. The app couldn't save or read information on this computer. You can keep going.",
    );
    await typeAt(app, "apply-applicant-family_name", "Lopez");
    expect(input("apply-applicant-family_name").value).toBe("Lopez");
    // The answers typed since fail to save too (after the save's delay, however slow the machine).
    const savedLopez = () =>
      app.backend.calls.some((call) => call.method === "saveApplicationDraft" && call.draft.form.applicant.family_name === "Lopez");
    await waitFor(() => expect(savedLopez()).toBe(true), { timeout: 5000 });
    await waitFor(() => expect(byId("apply-saved").dataset.state).toBe("failed"));
    app.backend.fail("saveApplicationDraft", undefined);
    await tabTo(app, "apply-save-retry");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(byId("apply-saved").dataset.state).toBe("saved"));
    expect(await app.backend.applicationDraft()).toMatchObject({ form: { applicant: { given_name: "Maria", family_name: "Lopez" } } });
  });
});

describe("the Apply screen after Submit", () => {
  it("follows the submission from saved to received, with the number and what happens next", async () => {
    const app = await openApply({ session: signedIn(), delivery: "manual", applicationDraft: draftOf(completeForm(), 7) });
    await tabTo(app, "apply-submit");
    await app.user.keyboard("{Enter}");
    const confirmation = await waitFor(() => byId("apply-confirmation"));
    expect(confirmation.dataset.state).toBe("queued");
    expect(confirmation.textContent).toContain("Your application is saved and being sent…");
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-confirmation-heading")));
    expect(await app.backend.applicationDraft()).toBeNull();
    const [item] = await app.backend.outbox();
    if (!item) throw new Error("nothing in the outbox");
    expect(item.kind).toBe("application");

    act(() =>
      app.backend.setOutbox([
        { ...item, attempts: 1, state: { state: "queued", retry_at: "2026-05-30T16:20:00Z", error: { code: "agency_unreachable", message: "x" } } },
      ]),
    );
    expect(confirmation.dataset.state).toBe("queued");
    expect(confirmation.textContent).toContain(
      "Your application is saved on this computer. We'll send it when the agency can be reached. The app keeps trying by itself",
    );
    expect(confirmation.textContent).toContain(`Next try at ${dateTimeOf("2026-05-30T16:20:00Z")}.`);

    act(() => app.backend.deliverOutboxItem(item.id));
    expect(confirmation.dataset.state).toBe("delivered");
    expect(confirmation.textContent).toContain("Application received");
    expect(byId("apply-application-number").textContent).toBe("AP-000001");
    expect(confirmation.textContent).toContain("What happens next");
    await waitFor(() => expect(document.querySelector('#applications li[data-application-id="AP-000001"]')).not.toBeNull());
    const entry = document.querySelector<HTMLElement>('[data-application-id="AP-000001"]');
    expect(entry?.dataset.status).toBe("received");
    expect(entry?.textContent).toContain("No fee");

    // A new application starts empty.
    await tabTo(app, "apply-new");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(0));
    expect(input("apply-applicant-given_name").value).toBe("");
  });

  it("says when the agency refused it, and tries again on request", async () => {
    const app = await openApply({ session: signedIn(), delivery: "manual", applicationDraft: draftOf(completeForm(), 7) });
    await tabTo(app, "apply-submit");
    await app.user.keyboard("{Enter}");
    await waitFor(() => byId("apply-confirmation"));
    const [item] = await app.backend.outbox();
    if (!item) throw new Error("nothing in the outbox");
    act(() => app.backend.failOutboxItem(item.id, { code: "agency_error", message: "refused" }));
    expect(byId("apply-confirmation").dataset.state).toBe("failed");
    expect(byId("apply-confirmation").textContent).toContain("Your application wasn't accepted");
    expect(byId("apply-confirmation").textContent).toContain("The agency couldn't finish your request. Please try again later.");
    await tabTo(app, "apply-retry");
    await app.user.keyboard("{Enter}");
    expect(app.backend.calls).toContainEqual({ method: "retryOutboxItem", id: item.id });
    await waitFor(() => expect(byId("apply-confirmation").dataset.state).toBe("delivered"));
    expect(byId("apply-application-number").textContent).toBe("AP-000001");
  });

  it("keeps the form when the submission can't be saved, and says why", async () => {
    const app = await openApply({
      session: signedIn(),
      applicationDraft: draftOf(completeForm(), 7),
      failures: { submitApplication: { code: "storage", message: "disk full" } },
    });
    await tabTo(app, "apply-submit");
    await app.user.keyboard("{Enter}");
    const alert = await waitFor(() => byId("apply-alert"));
    expect(alert.textContent).toBe(
      "Your application couldn't be saved for sending. The app couldn't save or read information on this computer.",
    );
    expect(document.activeElement).toBe(alert);
    expect(currentStep()).toBe(7);
    expect(input("apply-signature-typed_name").value).toBe("Maria Lopez");
  });
});

describe("the Apply screen's applications", () => {
  it("shows a parent who has applied their applications first, with each status history", async () => {
    const asOf = new Date().toISOString();
    const app = await openApply(
      {
        session: signedIn(),
        submissions: { applications: [reviewedApplication()], modification_requests: [], as_of: asOf },
      },
      "apply-new",
    );
    expect(document.getElementById("apply-step")).toBeNull();
    const entry = byId("applications").querySelector<HTMLElement>('li[data-application-id="AP-000007"]');
    if (!entry) throw new Error("no AP-000007");
    expect(entry.dataset.status).toBe("needs_information");
    expect(within(entry).getByRole("heading", { level: 3 }).textContent).toBe("Application AP-000007");
    expect(byId("applications-as-of").textContent).toBe(`Status as of ${timeOf(asOf)}.`);
    const steps = Array.from(entry.querySelectorAll(".usa-process-list__item"));
    expect(steps.map((step) => step.querySelector(".usa-process-list__heading")?.textContent)).toEqual([
      "Received",
      "Under review",
      "More information needed Current status",
    ]);
    expect(steps.map((step) => step.getAttribute("aria-current"))).toEqual([null, null, "step"]);
    expect(steps[2]?.textContent).toContain("Please send the children's birth certificates.");
    expect(steps[0]?.textContent).toContain(dateTimeOf("2026-05-02T15:04:00Z"));
    expect(entry.textContent).toContain("$25.00");
    expect(within(entry).getAllByRole("listitem").map((li) => li.textContent)).toContain("Find the other parent");

    await tabTo(app, "apply-new");
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(currentStep()).toBe(0));
    expect(document.activeElement).toBe(byId("apply-step-heading"));
  });

  it("never takes the form away when a sync brings applications", async () => {
    const app = await openApply({ session: signedIn(), autoSync: false });
    await typeAt(app, "apply-applicant-given_name", "Maria");
    app.backend.setSubmissions({ applications: [reviewedApplication()], modification_requests: [], as_of: null });
    act(() => app.backend.setSync(idleAsOf(new Date().toISOString())));
    await waitFor(() => expect(calls(app, "submissions")).toBeGreaterThan(1));
    expect(input("apply-applicant-given_name").value).toBe("Maria");
    expect(document.getElementById("apply-new")).toBeNull();
  });
});

describe("the Apply screen in Spanish", () => {
  it("shows a step and its problems in Spanish", async () => {
    const app = await openApply({ session: signedIn(), settings: { language: "es" } });
    expect(h1().textContent).toBe("Solicite servicios de manutención de menores");
    expect(byId("apply-step-heading").textContent).toBe("Paso 1 de 8: Sobre usted");
    await typeAt(app, "apply-applicant-date_of_birth-month", "1");
    await typeAt(app, "apply-applicant-date_of_birth-day", "2");
    await typeAt(app, "apply-applicant-date_of_birth-year", "2099");
    await typeAt(app, "apply-applicant-ssn", "12345");
    await tabTo(app, "apply-next");
    await app.user.keyboard("{Enter}");
    const summary = await waitFor(() => byId("apply-error-summary"));
    expect(within(summary).getByRole("heading").textContent).toBe("Hay 8 respuestas que revisar");
    expect(errorOf("apply-applicant-given_name").textContent).toBe("Escriba su nombre");
    expect(errorOf("apply-applicant-family_name").textContent).toBe("Escriba su apellido");
    expect(errorOf("apply-applicant-date_of_birth").textContent).toBe("Una fecha de nacimiento no puede ser futura");
    expect(errorOf("apply-applicant-ssn").textContent).toBe("Un número de Seguro Social tiene 9 dígitos, como 123-45-6789");
    expect(errorOf("apply-applicant-address-state").textContent).toBe("Elija su estado o territorio");
    expect(screen.getByLabelText("Mes")).toBe(byId("apply-applicant-date_of_birth-month"));
    expect(byId("apply-next").textContent).toBe("Siguiente");
  });
});
