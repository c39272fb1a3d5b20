import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { ApplicationDraft } from "../../bindings/ApplicationDraft";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { MockBackend, MockBackendOptions } from "../../backend/mock";
import { signedIn } from "../../test/account";
import { byId, renderApp, type RenderedApp } from "../../test/renderApp";

/** Opens the app on the Apply screen, signed in unless said, and waits for the form (or what else the page shows first). */
export async function openApply(options: MockBackendOptions | MockBackend = {}, ready = "apply-step"): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/apply");
  const app = await renderApp("calls" in options ? options : { session: signedIn(), ...options });
  await waitFor(() => expect(byId(ready)).toBeTruthy(), { timeout: 3000 });
  return app;
}

/** The step on show (0 to 7). */
export function currentStep(): number {
  return Number(byId("apply-step").dataset.step);
}

export function input(id: string): HTMLInputElement {
  return byId(id) as HTMLInputElement;
}

/** Presses Tab (or Shift+Tab, for an element further up) until the element has focus, as a keyboard user would. */
export async function tabTo({ user }: RenderedApp, id: string): Promise<HTMLElement> {
  const target = byId(id);
  const active = document.activeElement;
  const backwards = active !== null && active !== document.body && Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  for (let presses = 0; document.activeElement !== target; presses++) {
    expect(presses, `Tab never reached #${id}`).toBeLessThan(80);
    await user.tab({ shift: backwards });
  }
  return target;
}

/** Tabs to a text field and types into it. */
export async function typeAt(app: RenderedApp, id: string, text: string): Promise<void> {
  await tabTo(app, id);
  await app.user.keyboard(text);
}

/** Tabs to a checkbox or radio and presses Space on it. */
export async function press(app: RenderedApp, id: string): Promise<void> {
  await tabTo(app, id);
  await app.user.keyboard(" ");
}

/** Tabs to Next and presses Enter, then waits for the next step's heading to have focus. */
export async function next(app: RenderedApp): Promise<void> {
  const before = currentStep();
  await tabTo(app, "apply-next");
  await app.user.keyboard("{Enter}");
  await waitFor(() => expect(currentStep()).toBe(before + 1));
  await waitFor(() => expect(document.activeElement).toBe(byId("apply-step-heading")));
}

/** A draft the mock holds, as the backend saves it. */
export function draftOf(form: ApplicationForm, step: number, savedAt = "2026-05-30T16:05:00Z"): ApplicationDraft {
  return { form, step, saved_at: savedAt };
}

/** The last form the screen sent to be submitted. */
export function submittedForms(backend: MockBackend): ApplicationForm[] {
  return backend.calls.flatMap((call) => (call.method === "submitApplication" ? [call.form] : []));
}

/**
 * jsdom has no `CSS.escape`, which user-event needs to move through a radio
 * group with the arrow keys. Enough of it for the names this screen uses.
 */
export function polyfillCssEscape(): void {
  if (typeof window.CSS?.escape === "function") return;
  const escape = (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`);
  Object.defineProperty(window, "CSS", { value: { ...window.CSS, escape }, configurable: true, writable: true });
}
