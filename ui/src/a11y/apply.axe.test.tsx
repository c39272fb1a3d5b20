import { act, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME } from "../backend/mock";
import { currentStep, draftOf, openApply, polyfillCssEscape } from "../screens/apply/testing";
import { emptyForm } from "../screens/apply/form";
import { signedIn } from "../test/account";
import { completeForm, reviewedApplication } from "../test/application";
import { violations } from "../test/axe";
import { byId, renderApp } from "../test/renderApp";

const LANGUAGES: Language[] = ["en", "es"];

beforeAll(polyfillCssEscape);

async function settled(): Promise<void> {
  await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
}

describe("accessibility of the Apply screen (axe-core)", () => {
  it.each(LANGUAGES)("on every step, with a child and an order added, in %s", { timeout: 60_000 }, async (language) => {
    const form = completeForm();
    form.existing_orders = [{ state: "TX", court: "Travis County District Court", case_number: "2020-FAM-17" }];
    form.children.push({ given_name: "Mateo", family_name: "Lopez", date_of_birth: "2019-08-22", paternity: "unknown" });
    form.safety.request_family_violence_flag = true;
    const { user } = await openApply({ session: signedIn(), settings: { language }, applicationDraft: draftOf(form, 0) });
    await settled();
    for (let step = 0; step < 7; step++) {
      expect(currentStep()).toBe(step);
      expect(await violations(), `step ${step}`).toEqual([]);
      await user.click(byId("apply-next"));
      await waitFor(() => expect(currentStep()).toBe(step + 1));
    }
    expect(await violations(), "review").toEqual([]);
  });

  it.each(LANGUAGES)("with errors shown on the fields and in the summary, in %s", { timeout: 60_000 }, async (language) => {
    const { user, unmount } = await openApply({ session: signedIn(), settings: { language } });
    await settled();
    await user.type(byId("apply-applicant-date_of_birth-year"), "2099");
    await user.type(byId("apply-applicant-ssn"), "123");
    await user.click(byId("apply-next"));
    await waitFor(() => expect(document.activeElement).toBe(byId("apply-error-summary")));
    expect(await violations(), "about you").toEqual([]);
    unmount();

    // The children (a radio group and a date), the other parent's address, the services, and the review's earlier steps.
    const form = emptyForm();
    form.applicant = completeForm().applicant;
    form.other_parent.address.city = "Chicago";
    const other = await openApply({ session: signedIn(), settings: { language }, applicationDraft: draftOf(form, 1) });
    await other.user.click(byId("apply-next"));
    await waitFor(() => byId("apply-other_parent-address-error"));
    expect(await violations(), "other parent").toEqual([]);
    other.unmount();

    form.other_parent = completeForm().other_parent;
    const children = await openApply({ session: signedIn(), settings: { language }, applicationDraft: draftOf(form, 2) });
    await children.user.type(byId("apply-children-0-date_of_birth-month"), "13");
    await children.user.click(byId("apply-next"));
    await waitFor(() => byId("apply-children-0-paternity-error"));
    expect(await violations(), "children").toEqual([]);
    children.unmount();

    form.children = completeForm().children;
    const services = await openApply({ session: signedIn(), settings: { language }, applicationDraft: draftOf(form, 4) });
    await services.user.click(byId("apply-next"));
    await waitFor(() => byId("apply-services-error"));
    expect(await violations(), "services").toEqual([]);
    services.unmount();

    form.signature.typed_name = "Someone Else";
    const review = await openApply({ session: signedIn(), settings: { language }, applicationDraft: draftOf(form, 7) });
    await review.user.click(byId("apply-submit"));
    await waitFor(() => byId("apply-signature-consent-error"));
    expect(byId("apply-signature-typed_name-error").dataset.problem).toBe("signature_mismatch");
    expect(await violations(), "review").toEqual([]);
  });

  it.each(LANGUAGES)("resuming a draft, asked to start over, with a failed save, in %s", async (language) => {
    const { user } = await openApply({
      session: signedIn(),
      settings: { language },
      applicationDraft: draftOf(completeForm(), 3),
      failures: { saveApplicationDraft: { code: "storage", message: "x" } },
    });
    await settled();
    await user.click(byId("apply-start-over"));
    await user.click(byId("apply-add-order"));
    await waitFor(() => expect(byId("apply-saved").dataset.state).toBe("failed"));
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("after Submit: sending, waiting, received with the applications, and refused, in %s", { timeout: 60_000 }, async (language) => {
    const { user, backend } = await openApply({
      session: signedIn(),
      settings: { language },
      delivery: "manual",
      applicationDraft: draftOf(completeForm(), 7),
      submissions: { applications: [reviewedApplication()], modification_requests: [], as_of: new Date().toISOString() },
    });
    await settled();
    await user.click(byId("apply-submit"));
    await waitFor(() => byId("apply-confirmation"));
    expect(await violations(), "queued").toEqual([]);

    const [item] = await backend.outbox();
    if (!item) throw new Error("nothing in the outbox");
    act(() =>
      backend.setOutbox([
        { ...item, attempts: 1, state: { state: "queued", retry_at: "2026-05-30T16:20:00Z", error: { code: "agency_unreachable", message: "x" } } },
      ]),
    );
    expect(await violations(), "waiting").toEqual([]);

    act(() => backend.failOutboxItem(item.id, { code: "agency_error", message: "x" }));
    await waitFor(() => byId("apply-retry"));
    expect(await violations(), "failed").toEqual([]);

    act(() => backend.deliverOutboxItem(item.id));
    await waitFor(() => expect(document.querySelectorAll("#applications [data-application-id]")).toHaveLength(2));
    expect(await violations(), "delivered").toEqual([]);
  });

  it.each(LANGUAGES)("with the parent's applications first, and signed out, in %s", async (language) => {
    const app = await openApply(
      {
        session: signedIn(),
        settings: { language },
        submissions: { applications: [reviewedApplication(), reviewedApplication({ id: "AP-000002", status: "accepted", case_id: "C-1001" })], modification_requests: [], as_of: null },
      },
      "apply-new",
    );
    await settled();
    expect(await violations(), "applications").toEqual([]);
    app.unmount();

    window.history.replaceState(null, "", "#/apply");
    await renderApp({ settings: { language } });
    await waitFor(() => byId("apply-sign-in"));
    await settled();
    expect(await violations(), "signed out").toEqual([]);
  });
});
