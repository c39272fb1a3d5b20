import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { MOCK_CASES, type MockBackend, type MockBackendOptions } from "../../backend/mock";
import { earlierToday, signedIn } from "../../test/account";
import { byId, renderApp, type RenderedApp } from "../../test/renderApp";

/** The mock's two cases, saved a minute ago (C-1001 with an accepted and a rejected document). */
export function savedCases(): NonNullable<MockBackendOptions["saved"]> {
  return { cases: MOCK_CASES, as_of: earlierToday() };
}

/** Opens the app on the Documents screen, signed in with the mock's cases, and waits for the case and its documents. */
export async function openDocuments(options: MockBackendOptions | MockBackend = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/documents");
  const app = await renderApp("calls" in options ? options : { session: signedIn(), saved: savedCases(), ...options });
  await waitFor(() => expect(byId("documents-as-of")).toBeTruthy(), { timeout: 3000 });
  return app;
}

/** The uploads listed under Sending, as `[id, state]`. */
export function uploadsShown(): [string, string][] {
  return Array.from(byId("uploads").querySelectorAll<HTMLElement>("li[data-item-id]")).map((li) => [li.dataset.itemId ?? "", li.dataset.state ?? ""]);
}

/** An upload's list item. */
export function uploadElement(id: string): HTMLElement {
  const element = byId("uploads").querySelector<HTMLElement>(`li[data-item-id="${id}"]`);
  if (!element) throw new Error(`no upload ${id} under Sending`);
  return element;
}

/** The documents listed under Sent documents, as `[id, status]`, newest first. */
export function documentsShown(): [string, string][] {
  const list = document.getElementById("documents");
  if (!list) return [];
  return Array.from(list.querySelectorAll<HTMLElement>("li[data-document-id]")).map((li) => [li.dataset.documentId ?? "", li.dataset.status ?? ""]);
}

/** A document's list item. */
export function documentElement(id: string): HTMLElement {
  const element = byId("documents").querySelector<HTMLElement>(`li[data-document-id="${id}"]`);
  if (!element) throw new Error(`no document ${id} under Sent documents`);
  return element;
}

/** The id of the newest upload in the mock's outbox. */
export async function newestUpload(backend: MockBackend): Promise<string> {
  const items = (await backend.outbox()).filter((item) => item.kind === "document_attachment");
  const newest = items.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id))[0];
  if (!newest) throw new Error("no upload in the outbox");
  return newest.id;
}

/** What the polite live region says now. */
export function announced(): string {
  return byId("documents-announcer").textContent ?? "";
}
