import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { MOCK_CASES, MOCK_OFFICE_NAME, MOCK_OUTBOX, type MockBackendOptions } from "../../backend/mock";
import {
  caseElement,
  dateTimeOf,
  earlierToday,
  idleAsOf,
  outboxElement,
  outboxItem,
  signedIn,
  timeOf,
} from "../../test/account";
import { byId, renderApp } from "../../test/renderApp";

const UNREACHABLE = { code: "agency_unreachable", message: "connection refused" } as const;

function syncLine(): HTMLElement {
  return byId("sync-status");
}

function status(phase: SyncStatus["phase"], asOf: string | null, extra: Partial<SyncStatus> = {}): SyncStatus {
  return { phase, as_of: asOf, done: 0, total: 0, error: null, ...extra };
}

/** Home, signed in, with the mock's two cases saved a minute ago. */
async function signedInHome(options: MockBackendOptions = {}) {
  const asOf = earlierToday();
  const app = await renderApp({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: asOf }, ...options });
  await waitFor(() => expect(document.querySelectorAll("[data-case-id]").length).toBeGreaterThan(0));
  return { ...app, asOf };
}

describe("Home before sign-in", () => {
  it("invites the parent to sign in, and shows their cases once they have", async () => {
    const { user, backend } = await renderApp({ autoSync: true, signIn: "manual" });
    const prompt = await screen.findByText("Sign in to see your case, payments and submissions.");
    expect(prompt.closest("#sign-in-prompt")).not.toBeNull();
    expect(document.getElementById("case-overview")).toBeNull();

    await user.click(byId("home-sign-in"));
    await waitFor(() => expect(byId("home-cancel-sign-in").textContent).toBe("Cancel"));
    expect(document.activeElement).toBe(byId("home-cancel-sign-in"));
    expect(byId("sign-in-prompt").textContent).toContain("Finish signing in on your agency's page");

    act(() => backend.completeSignIn());
    await waitFor(() => expect(byId("case-overview")).toBeTruthy());
    expect(document.getElementById("sign-in-prompt")).toBeNull();
    // The button that was pressed is gone: focus goes to the new section's heading.
    expect(document.activeElement).toBe(byId("case-overview-heading"));
    expect(byId("case-overview-heading").textContent).toBe("Your cases");

    // Nothing saved yet: the app fetches it from the agency, and shows it when the sync ends.
    await waitFor(() => expect(caseElement("C-1001")).toBeTruthy());
    expect(syncLine().dataset.phase).toBe("idle");
    expect(syncLine().textContent).toMatch(/^Up to date as of /);
  });

  it("has the cancel button on Home too", async () => {
    const { user, backend } = await renderApp({ signIn: "manual" });
    await user.click(await waitFor(() => byId("home-sign-in")));
    await user.click(await waitFor(() => byId("home-cancel-sign-in")));
    await waitFor(() => expect(byId("home-sign-in")).toBeTruthy());
    expect(backend.calls.some((call) => call.method === "cancelSignIn")).toBe(true);
  });
});

describe("Home, signed in", () => {
  it("shows each case: role, order, arrears, next payment and office", async () => {
    await signedInHome();
    const first = caseElement("C-1001");
    expect(within(first).getByRole("heading", { level: 3 }).textContent).toBe("Case C-1001");
    expect(first.textContent).toContain("You receive support");
    const facts = (element: HTMLElement) =>
      Array.from(element.querySelectorAll("dt")).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts(first)).toEqual([
      ["Support order", "$450.00 a month"],
      ["Past-due support (arrears)", "$1,250.00"],
      ["Next payment due", "$500.00 on June 1, 2026"],
      ["Office", MOCK_OFFICE_NAME],
    ]);
    const second = caseElement("C-1003");
    expect(second.textContent).toContain("You pay support");
    expect(facts(second)).toEqual([
      ["Support order", "$120.00 every two weeks"],
      ["Past-due support (arrears)", "$40.00 in credit"],
      ["Next payment due", "Nothing due"],
    ]);
  });

  it("says when there is no case", async () => {
    await renderApp({ session: signedIn(), saved: { cases: [], as_of: earlierToday() } });
    expect((await screen.findByText("No cases yet")).id).toBe("no-cases");
  });

  it("says how fresh the cases are, with the date when it isn't today", async () => {
    const { asOf, backend } = await signedInHome();
    const region = syncLine().closest("[aria-live]");
    expect(region?.getAttribute("aria-live")).toBe("polite");
    expect(syncLine().textContent).toBe(`Up to date as of ${timeOf(asOf)}`);
    expect(byId("case-overview").dataset.stale).toBe("false");
    expect(document.getElementById("sync-now")).toBeNull();

    act(() => backend.setSync(status("idle", "2026-01-05T15:42:00Z")));
    expect(syncLine().textContent).toBe(`Up to date as of ${dateTimeOf("2026-01-05T15:42:00Z")}`);

    act(() => backend.setSync(status("idle", null)));
    expect(syncLine().textContent).toBe("Not updated from the agency yet");
  });

  it("follows a sync step by step, and reads the cases again when it ends", async () => {
    const { backend } = await renderApp({ session: signedIn() });
    expect((await screen.findByText("No cases yet")).id).toBe("no-cases");

    act(() => backend.setSync(status("syncing", null, { done: 0, total: 3 })));
    expect(syncLine().dataset.phase).toBe("syncing");
    expect(syncLine().textContent).toBe("Updating… (1 of 3)");
    act(() => backend.setSync(status("syncing", null, { done: 2, total: 3 })));
    expect(syncLine().textContent).toBe("Updating… (3 of 3)");

    const asked = backend.calls.filter((call) => call.method === "caseOverview").length;
    const asOf = new Date().toISOString();
    act(() => {
      backend.setSaved({ cases: MOCK_CASES.slice(0, 1), as_of: asOf });
      backend.setSync(idleAsOf(asOf));
    });
    await waitFor(() => expect(caseElement("C-1001")).toBeTruthy());
    expect(backend.calls.filter((call) => call.method === "caseOverview").length).toBe(asked + 1);
    expect(syncLine().textContent).toBe(`Up to date as of ${timeOf(asOf)}`);
    expect(document.getElementById("no-cases")).toBeNull();
  });

  it("keeps the saved cases on screen when offline, marked stale, and tries again on request", async () => {
    const { backend, user, asOf } = await signedInHome({
      agency: { state: "unreachable", url: "http://127.0.0.1:8080", error: UNREACHABLE },
    });
    act(() => backend.setSync(status("offline", asOf, { error: UNREACHABLE })));
    expect(syncLine().dataset.phase).toBe("offline");
    expect(syncLine().textContent).toBe(`You're offline. Showing what the app saved as of ${timeOf(asOf)}.`);
    expect(byId("case-overview").dataset.stale).toBe("true");
    expect(caseElement("C-1001").textContent).toContain("$450.00 a month");
    expect(byId("sync-now").textContent).toBe("Try again");

    await user.click(byId("sync-now"));
    expect(backend.calls.some((call) => call.method === "syncNow")).toBe(true);
    // Still unreachable: back to offline, the cases still shown.
    await waitFor(() => expect(syncLine().dataset.phase).toBe("offline"));
    expect(caseElement("C-1001")).toBeTruthy();

    backend.setAgency({ state: "connected", agency_name: "Demo", url: "http://127.0.0.1:8080" });
    await user.click(byId("sync-now"));
    await waitFor(() => expect(syncLine().dataset.phase).toBe("idle"));
    expect(byId("case-overview").dataset.stale).toBe("false");
    expect(document.getElementById("sync-now")).toBeNull();
  });

  it("says when offline with nothing saved, and when the agency failed", async () => {
    const { backend } = await renderApp({
      session: signedIn(),
      sync: status("offline", null, { error: UNREACHABLE }),
    });
    await waitFor(() => expect(syncLine().textContent).toBe("You're offline. The app has nothing saved yet."));
    act(() =>
      backend.setSync(status("failed", "2026-01-05T15:42:00Z", { error: { code: "agency_error", message: "HTTP 500" } })),
    );
    expect(syncLine().dataset.phase).toBe("failed");
    expect(syncLine().textContent).toBe(
      `Couldn't update: The agency couldn't finish your request. Please try again later. Showing what the app saved as of ${dateTimeOf("2026-01-05T15:42:00Z")}.`,
    );
    expect(byId("sync-now")).toBeTruthy();
  });

  it("offers a fresh start when the saved copy can't be read", async () => {
    const { backend, user } = await renderApp({ session: signedIn(), storeDamaged: true });
    const alert = await waitFor(() => byId("store-damaged"));
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("The app's saved copy can't be read");
    expect(document.getElementById("sync-status")).toBeNull();

    const asked = backend.calls.filter((call) => call.method === "caseOverview").length;
    await user.click(byId("reset-store"));
    expect(backend.calls.some((call) => call.method === "resetStore")).toBe(true);
    await waitFor(() => expect(document.getElementById("store-damaged")).toBeNull());
    expect(backend.calls.filter((call) => call.method === "caseOverview").length).toBeGreaterThan(asked);
    // A fresh sync follows, and brings the agency's cases.
    await waitFor(() => expect(caseElement("C-1001")).toBeTruthy());
  });

  it("notes a sign-in that won't be remembered", async () => {
    await renderApp({ session: signedIn(false) });
    expect((await waitFor(() => byId("session-not-remembered"))).textContent).toBe(
      "You'll be signed out when you close this app.",
    );
  });

  it("drops the cases and the outbox on sign-out", async () => {
    const { user } = await signedInHome({ outbox: MOCK_OUTBOX });
    await waitFor(() => expect(byId("outbox")).toBeTruthy());
    await user.click(byId("sign-out"));
    await waitFor(() => expect(byId("sign-in-prompt")).toBeTruthy());
    expect(document.getElementById("case-overview")).toBeNull();
    expect(document.getElementById("outbox")).toBeNull();
    expect(document.querySelector("[data-case-id]")).toBeNull();
  });

  it("speaks Spanish", async () => {
    const { asOf, backend } = await signedInHome({ settings: { language: "es" } });
    expect(syncLine().textContent).toBe(`Al día. Última actualización: ${timeOf(asOf, "es")}`);
    expect(byId("case-overview-heading").textContent).toBe("Sus casos");
    expect(caseElement("C-1001").textContent).toContain("Usted recibe manutención");
    expect(caseElement("C-1001").textContent).toContain("$450.00 al mes");
    expect(caseElement("C-1001").textContent).toContain("1 de junio de 2026");
    act(() => backend.setSync(status("offline", asOf, { error: UNREACHABLE })));
    expect(syncLine().textContent).toBe(
      `No hay conexión. Se muestra lo que la aplicación guardó (última actualización: ${timeOf(asOf, "es")}).`,
    );
    expect(byId("sync-now").textContent).toBe("Intentar de nuevo");
    act(() => backend.setSync(status("syncing", asOf, { done: 1, total: 3 })));
    expect(syncLine().textContent).toBe("Actualizando… (2 de 3)");
  });
});

describe("the outbox on Home", () => {
  it("is left out when nothing was submitted", async () => {
    await signedInHome();
    expect(document.getElementById("outbox")).toBeNull();
  });

  it("says where each submission stands", async () => {
    const retryAt = earlierToday();
    const { backend } = await signedInHome({
      outbox: [
        outboxItem("Q", { state: "queued", retry_at: retryAt, error: UNREACHABLE }, { kind: "document_attachment" }),
        outboxItem("W", { state: "queued", retry_at: null, error: null }, { kind: "application", case_id: null }),
        outboxItem("S", { state: "sending" }),
        outboxItem("P", { state: "paused" }, { kind: "document_attachment" }),
        outboxItem("D", { state: "delivered", receipt: "MR-2026-000123", at: "2026-05-20T09:12:04Z" }),
        outboxItem("F", { state: "failed", error: { code: "agency_error", message: "refused" } }),
      ],
    });
    const section = await waitFor(() => byId("outbox"));
    expect(within(section).getByRole("heading", { level: 2 }).textContent).toBe("Your submissions");
    const stateOf = (id: string) => outboxElement(id).querySelector(".app-outbox__state")?.textContent;

    const queued = outboxElement("Q");
    expect(queued.dataset.state).toBe("queued");
    expect(within(queued).getByRole("heading").textContent).toBe("Document");
    expect(queued.textContent).toContain(`Case C-1001 · Submitted ${dateTimeOf("2026-05-20T09:12:00Z")}`);
    expect(stateOf("Q")).toBe("Waiting to send");
    expect(queued.querySelector(".app-outbox__details")?.textContent).toBe(
      `Will try again at ${timeOf(retryAt)}. Last try: Can't reach the agency right now. Please try again later.`,
    );

    expect(within(outboxElement("W")).getByRole("heading").textContent).toBe("Application");
    expect(outboxElement("W").textContent).not.toContain("Case ");
    expect(outboxElement("W").querySelector(".app-outbox__details")).toBeNull();

    expect(stateOf("S")).toBe("Sending…");
    expect(stateOf("P")).toBe("Paused. Nothing more is sent until you resume it.");
    expect(outboxElement("P").dataset.state).toBe("paused");
    expect(within(outboxElement("D")).getByRole("heading").textContent).toBe("Modification request");
    expect(stateOf("D")).toBe("Received by the agency — reference MR-2026-000123");
    expect(stateOf("F")).toBe("Not accepted: The agency couldn't finish your request. Please try again later.");
    expect(outboxElement("F").dataset.state).toBe("failed");

    // Only a refused submission waits for the parent.
    expect(within(section).getAllByRole("button", { name: "Try again" })).toEqual([byId("retry-F")]);
    expect(backend.calls.some((call) => call.method === "outbox")).toBe(true);
  });

  it("sends a refused submission again on request", async () => {
    const { user, backend } = await signedInHome({
      outbox: [outboxItem("F", { state: "failed", error: { code: "agency_error", message: "refused" } })],
    });
    await user.click(await waitFor(() => byId("retry-F")));
    expect(backend.calls).toContainEqual({ method: "retryOutboxItem", id: "F" });
    await waitFor(() => expect(outboxElement("F").dataset.state).toBe("delivered"));
    expect(outboxElement("F").textContent).toContain("Received by the agency — reference R-000001");
  });

  it("follows the backend's outbox events", async () => {
    const { backend } = await signedInHome();
    act(() => backend.setOutbox([outboxItem("N", { state: "sending" })]));
    expect(outboxElement("N").dataset.state).toBe("sending");
    act(() => backend.setOutbox([outboxItem("N", { state: "delivered", receipt: "X-1", at: "2026-05-20T09:13:00Z" })]));
    expect(outboxElement("N").textContent).toContain("Received by the agency — reference X-1");
    act(() => backend.setOutbox([]));
    expect(document.getElementById("outbox")).toBeNull();
  });
});
