import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { IpcError } from "../../bindings/IpcError";
import type { Settings } from "../../bindings/Settings";
import { createMockBackend, MOCK_PAYMENTS } from "../../backend/mock";
import { signedIn } from "../../test/account";
import { openKioskVisit } from "../../test/kiosk";
import { byId, renderApp } from "../../test/renderApp";
import { manyPayments, openPayments, savedCases } from "./testing";

/** The notifications checkbox, once the app has said it is on a home computer. */
async function toggle(): Promise<HTMLInputElement> {
  await waitFor(() => byId("payment-notifications"));
  return byId("payment-notifications") as HTMLInputElement;
}

/** The new-payments notice, or null. */
function notice(): HTMLElement | null {
  return document.getElementById("payments-new");
}

const DISK: IpcError = { code: "storage", message: "disk" };

describe("the choice of a desktop notification when a payment arrives", () => {
  it("is off until the parent turns it on, and tells the backend each time", async () => {
    const { user, backend } = await openPayments();
    const box = await toggle();
    expect(box.type).toBe("checkbox");
    expect(box.checked).toBe(false);
    expect(box.closest(".usa-checkbox")).not.toBeNull();
    expect(box.labels?.[0]?.textContent).toBe("Tell me with a desktop notification when a payment arrives");
    expect(box.getAttribute("aria-describedby")).toBe("payment-notifications-hint");
    expect(byId("payment-notifications-hint").textContent).toBe(
      "The notification says only that a payment arrived on your case, never the amount.",
    );

    await user.click(box);
    expect(box.checked).toBe(true);
    await waitFor(async () => expect((await backend.settings()).payment_notifications).toBe(true));
    await user.click(box);
    await waitFor(async () => expect((await backend.settings()).payment_notifications).toBe(false));
    expect(box.checked).toBe(false);
    expect(backend.calls.filter((call) => call.method === "setPaymentNotifications")).toEqual([
      { method: "setPaymentNotifications", on: true },
      { method: "setPaymentNotifications", on: false },
    ]);
    expect(document.getElementById("payment-notifications-error")).toBeNull();
  });

  it("shows the saved choice", async () => {
    await openPayments({ session: signedIn(), saved: savedCases(), settings: { payment_notifications: true } });
    expect((await toggle()).checked).toBe(true);
  });

  it("changes at once, and goes back with the reason when the choice can't be saved", async () => {
    const backend = createMockBackend({ session: signedIn(), saved: savedCases() });
    // The answer to the latest save, given when the test says.
    const pending: { resolve(settings: Settings): void; reject(error: IpcError): void }[] = [];
    window.history.replaceState(null, "", "#/payments");
    const { user } = await renderApp(backend, (mock) => ({
      ...mock,
      setPaymentNotifications: (on) =>
        new Promise<Settings>((resolve, reject) => {
          pending.push({ resolve, reject });
          void mock.setPaymentNotifications(on).catch(() => undefined);
        }),
    }));
    const box = await toggle();

    await user.click(box);
    expect(box.checked).toBe(true);
    await act(async () => pending.at(-1)?.reject(DISK));
    await waitFor(() => expect(box.checked).toBe(false));
    const error = byId("payment-notifications-error");
    expect(error.textContent).toBe(
      "Your choice about notifications couldn't be saved. The app couldn't save or read information on this computer.",
    );
    expect(error.getAttribute("role")).toBe("alert");
    expect(box.getAttribute("aria-describedby")).toBe("payment-notifications-hint payment-notifications-error");
    expect(box.closest(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);

    // Trying again clears the reason; this time it is saved.
    await user.click(box);
    expect(box.checked).toBe(true);
    expect(document.getElementById("payment-notifications-error")).toBeNull();
    await act(async () => pending.at(-1)?.resolve({ language: null, estimate_jurisdiction: null, payment_notifications: true, message_notifications: false, appointment_reminders: false }));
    expect(box.checked).toBe(true);
  });

  it("rolls back on the backend's own failure, in Spanish too", async () => {
    const { user, backend } = await openPayments({
      session: signedIn(),
      saved: savedCases(),
      settings: { language: "es", payment_notifications: true },
      failures: { setPaymentNotifications: DISK },
    });
    const box = await toggle();
    expect(box.checked).toBe(true);
    expect(box.labels?.[0]?.textContent).toBe("Avíseme con una notificación de escritorio cuando llegue un pago");
    expect(byId("payment-notifications-hint").textContent).toBe(
      "La notificación solo dice que llegó un pago a su caso, nunca la cantidad.",
    );
    await user.click(box);
    await waitFor(() => byId("payment-notifications-error"));
    expect(box.checked).toBe(true);
    expect(byId("payment-notifications-error").textContent).toMatch(/^No se pudo guardar su elección sobre las notificaciones\. /);
    expect(backend.calls).toContainEqual({ method: "setPaymentNotifications", on: false });
    expect((await backend.settings()).payment_notifications).toBe(true);
  });

  it("is not offered on a kiosk", async () => {
    const { backend } = await openKioskVisit({ session: signedIn(false), saved: savedCases() }, "payments");
    await waitFor(() => expect(byId("payments-summary")).toBeTruthy());
    await waitFor(() => expect(byId("app-version").textContent).toBe("Version 0.1.0"));
    await waitFor(() => expect(backend.calls.filter((call) => call.method === "appInfo").length).toBeGreaterThan(2));
    await act(async () => undefined);
    expect(document.getElementById("payment-notifications")).toBeNull();
    expect(backend.calls.some((call) => call.method === "setPaymentNotifications")).toBe(false);
  });
});

describe("the notice of new payments", () => {
  it("counts the payments that arrive on the case on screen, politely, and goes away when dismissed", async () => {
    const { user, backend } = await openPayments();
    expect(notice()).toBeNull();
    const focused = document.activeElement;

    act(() => backend.postPayments("C-1001", 1));
    const shown = notice();
    expect(shown?.textContent).toBe("1 new payment has arrived");
    expect(shown?.dataset.count).toBe("1");
    expect(shown?.getAttribute("role")).toBe("status");
    expect(shown?.getAttribute("aria-live")).toBe("polite");
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement).toBe(focused);

    // Another case's payments are not this screen's news.
    act(() => backend.postPayments("C-1003", 5));
    expect(notice()?.dataset.count).toBe("1");

    act(() => backend.postPayments("C-1001", 2));
    expect(notice()?.textContent).toBe("3 new payments have arrived");
    expect(notice()?.dataset.count).toBe("3");
    expect(document.activeElement).toBe(focused);

    const dismiss = byId("payments-new-dismiss");
    expect(dismiss.textContent).toBe("Dismiss");
    await user.click(dismiss);
    expect(notice()).toBeNull();
    expect(document.getElementById("payments-new-dismiss")).toBeNull();
    expect(document.activeElement).toBe(byId("payments-summary-heading"));

    // Counting starts again after a dismissal.
    act(() => backend.postPayments("C-1001", 1));
    expect(notice()?.dataset.count).toBe("1");
  });

  it("does nothing for another case, and follows the case picked", async () => {
    const { user, backend } = await openPayments();
    act(() => backend.postPayments("C-1003", 2));
    expect(notice()).toBeNull();

    await user.selectOptions(byId("payments-case"), "C-1003");
    await waitFor(() => expect(byId("payments-summary").dataset.role).toBe("noncustodial"));
    expect(notice()).toBeNull();
    act(() => backend.postPayments("C-1001", 1));
    expect(notice()).toBeNull();
    act(() => backend.postPayments("C-1003", 2));
    expect(notice()?.textContent).toBe("2 new payments have arrived");
  });

  it("is in Spanish too", async () => {
    const { user, backend } = await openPayments({ session: signedIn(), saved: savedCases(), settings: { language: "es" } });
    act(() => backend.postPayments("C-1001", 1));
    expect(notice()?.textContent).toBe("Ha llegado 1 pago nuevo");
    act(() => backend.postPayments("C-1001", 2));
    expect(notice()?.textContent).toBe("Han llegado 3 pagos nuevos");
    expect(notice()?.dataset.count).toBe("3");
    expect(byId("payments-new-dismiss").textContent).toBe("Cerrar");
    await user.click(byId("payments-new-dismiss"));
    expect(notice()).toBeNull();
  });

  it("follows a sync that finds new payments, while the list refreshes as before", async () => {
    const { backend } = await openPayments();
    expect(byId("payments-count").textContent).toBe("Showing 24 of 24 payments");
    const newer = manyPayments(2).map((payment) => ({ ...payment, id: `NEW-${payment.id}` }));
    backend.setAgencyPayments({ ...MOCK_PAYMENTS, "C-1001": [...newer, ...(MOCK_PAYMENTS["C-1001"] ?? [])] });
    await act(async () => {
      await backend.syncNow();
    });
    await waitFor(() => expect(notice()?.dataset.count).toBe("2"));
    expect(notice()?.textContent).toBe("2 new payments have arrived");
    await waitFor(() => expect(byId("payments-count").textContent).toBe("Showing 26 of 26 payments"));
  });
});
