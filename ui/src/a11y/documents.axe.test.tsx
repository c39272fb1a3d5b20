import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { MOCK_AGENCY_NAME } from "../backend/mock";
import { newestUpload, openDocuments, uploadsShown } from "../screens/documents/testing";
import { violations } from "../test/axe";
import { byId, renderApp } from "../test/renderApp";

const LANGUAGES: Language[] = ["en", "es"];

async function settled(): Promise<void> {
  await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
}

describe("accessibility of the Documents screen (axe-core)", () => {
  it.each(LANGUAGES)("with the documents, uploads sending, paused and refused, and a photo cleaned, in %s", async (language) => {
    const app = await openDocuments({ settings: { language }, delivery: "manual", pickDocument: "/home/maria/receipt.jpg" });
    await app.user.selectOptions(byId("document-type"), "proof_of_expenses");
    for (let n = 0; n < 3; n += 1) await app.user.click(byId("document-choose"));
    await waitFor(() => expect(uploadsShown()).toHaveLength(3));
    const [sending, paused, refused] = uploadsShown().map(([id]) => id);
    if (!sending || !paused || !refused) throw new Error("three uploads expected");
    act(() => app.backend.progressUpload(sending, 100_000, 50_000));
    await app.user.click(byId(`upload-pause-${paused}`));
    act(() => app.backend.failOutboxItem(refused, { code: "agency_error", message: "refused" }));
    await waitFor(() => expect(byId(`upload-speed-${sending}`)).toBeTruthy());
    await waitFor(() => byId(`upload-resume-${paused}`));
    await waitFor(() => byId(`upload-retry-${refused}`));
    await app.user.click(byId(`upload-cancel-${sending}`));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with a refused file and the kind of document missing, in %s", async (language) => {
    const app = await openDocuments({ settings: { language }, pickDocument: "/home/maria/setup.exe" });
    await app.user.click(byId("document-choose"));
    await waitFor(() => byId("document-type-error"));
    await app.user.selectOptions(byId("document-type"), "other");
    await app.user.click(byId("document-choose"));
    await waitFor(() => byId("document-file-error"));
    act(() => app.backend.fileDrop({ type: "over" }));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("with a replacement on its way and a document received, in %s", async (language) => {
    const app = await openDocuments({ settings: { language }, delivery: "manual" });
    await app.user.click(byId("document-replace-DOC-000102"));
    const id = await waitFor(async () => newestUpload(app.backend));
    await app.user.selectOptions(byId("document-type"), "pay_stub");
    await app.user.click(byId("document-choose"));
    await waitFor(() => expect(uploadsShown()).toHaveLength(2));
    act(() => app.backend.deliverOutboxItem(id));
    await waitFor(() => byId("documents").querySelector('[data-document-id="DOC-000001"]'));
    await settled();
    expect(await violations()).toEqual([]);
  });

  it.each(LANGUAGES)("signed out, in %s", async (language) => {
    window.history.replaceState(null, "", "#/documents");
    await renderApp({ settings: { language } });
    await waitFor(() => byId("documents-sign-in"));
    await settled();
    expect(await violations()).toEqual([]);
  });
});
