import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME } from "../backend/mock";
import { caseLike, fillIncomes, openModify, reviewedRequest, savedCases, wisconsinAnswer } from "../screens/modify/testing";
import { earlierToday, signedIn } from "../test/account";
import { violations } from "../test/axe";
import { byId, renderApp } from "../test/renderApp";

const LANGUAGES: Language[] = ["en", "es"];

async function settled(): Promise<void> {
  await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
}

describe("accessibility of the Modify screen (axe-core)", () => {
  it.each(LANGUAGES)("with the calculator, a verdict, its details open and the requests' timelines, in %s", async (language) => {
    const app = await openModify({
      settings: { language },
      modificationCheck: wisconsinAnswer(),
      submissions: { applications: [], modification_requests: [reviewedRequest()], as_of: earlierToday() },
    });
    await fillIncomes(app);
    await waitFor(() => expect(byId("modify-verdict").dataset.verdict).toBe("meets"));
    await app.user.click(byId("modify-calculator-details").querySelector("button") as HTMLButtonElement);
    await waitFor(() => byId("modification-requests").querySelector("li[data-request-id]"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with every error shown, in %s", async (language) => {
    const app = await openModify({ settings: { language }, session: signedIn(), saved: savedCases([caseLike({ jurisdiction: "US-NY" })]) });
    await app.user.click(byId("modify-details"));
    await app.user.paste("a".repeat(2001));
    await app.user.click(byId("modify-source-toggle"));
    await app.user.type(byId("modify-estimate"), "abc");
    await app.user.type(byId("modify-income-before"), "x");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(document.activeElement).toBe(byId("modify-error-summary")));
    expect(byId("modify-error-summary").querySelectorAll("button")).toHaveLength(4);
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with the confirmation and its number, in %s", async (language) => {
    const app = await openModify({ settings: { language } });
    await app.user.click(byId("modify-reason-job_loss"));
    await app.user.type(byId("modify-details"), "Laid off in October.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("delivered"));
    await waitFor(() => byId("modification-requests").querySelector("li[data-request-id]"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with supporting documents on their way, one refused, and a file refused, in %s", async (language) => {
    const app = await openModify({ settings: { language }, delivery: "manual" });
    await app.user.click(byId("modify-attach"));
    await app.user.click(byId("modify-attach"));
    await waitFor(() => expect(byId("modify-attachments").querySelectorAll("li[data-item-id]")).toHaveLength(2));
    const ids = Array.from(byId("modify-attachments").querySelectorAll<HTMLElement>("li[data-item-id]")).map((li) => li.dataset.itemId ?? "");
    act(() => app.backend.progressUpload(ids[0] ?? "", 100_000, 20_000));
    act(() => app.backend.failOutboxItem(ids[1] ?? "", { code: "agency_error", message: "refused" }));
    app.backend.setPickedFile("/home/maria/setup.exe");
    await app.user.click(byId("modify-attach"));
    await waitFor(() => byId("modify-document-error"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with the confirmation waiting for its documents, in %s", async (language) => {
    const app = await openModify({ settings: { language }, delivery: "manual" });
    await app.user.click(byId("modify-attach"));
    await waitFor(() => byId("modify-attachments").querySelector("li[data-item-id]"));
    await app.user.click(byId("modify-reason-job_loss"));
    await app.user.type(byId("modify-details"), "Laid off.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => byId("modify-confirm-documents"));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it("with a refused request and its Try again button, and a state the calculator can't do", async () => {
    const app = await openModify({ delivery: "manual", session: signedIn(), saved: savedCases([caseLike({ jurisdiction: "US-DE" })]) });
    await waitFor(() => byId("modify-calculator-unavailable"));
    await app.user.type(byId("modify-estimate"), "300");
    await waitFor(() => byId("modify-verdict"));
    await settled();
    expect(await violations()).toEqual([]);
    await app.user.click(byId("modify-reason-other"));
    await app.user.type(byId("modify-details"), "Something else.");
    await app.user.click(byId("modify-submit"));
    await waitFor(() => byId("modify-confirmation"));
    const [item] = await app.backend.outbox();
    if (!item) throw new Error("nothing in the outbox");
    act(() => app.backend.failOutboxItem(item.id, { code: "agency_error", message: "refused" }));
    await waitFor(() => byId("modify-retry"));
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("signed out, in %s", async (language) => {
    window.history.replaceState(null, "", "#/modify");
    await renderApp({ settings: { language } });
    await waitFor(() => byId("modify-sign-in"));
    await settled();
    expect(await violations()).toEqual([]);
  });
});
