import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "../backend/mock";
import { signedIn } from "../test/account";
import { byId, renderApp } from "../test/renderApp";

function header(): HTMLElement {
  return screen.getByRole("banner");
}

async function sessionText(text: string): Promise<void> {
  await waitFor(() => expect(byId("session-state").textContent).toBe(text));
}

describe("the sign-in state in the header", () => {
  it("signs in through the agency's page and out again, focus staying on the one button", async () => {
    const { user, backend } = await renderApp({ signIn: "manual" });
    await sessionText("Not signed in");
    const button = byId("sign-in");
    expect(button.textContent).toBe("Sign in");
    expect(within(header()).getByRole("button", { name: "Sign in" })).toBe(button);

    await user.click(button);
    await sessionText("Finish signing in on your agency's page");
    expect(byId("cancel-sign-in").textContent).toBe("Cancel");
    expect(document.activeElement).toBe(byId("cancel-sign-in"));
    expect(backend.calls.filter((call) => call.method === "signIn")).toHaveLength(1);

    act(() => backend.completeSignIn());
    await sessionText("Signed in as Maria Lopez");
    expect(byId("sign-out").textContent).toBe("Sign out");
    expect(document.activeElement).toBe(byId("sign-out"));
    expect(document.getElementById("session-notice")).toBeNull();

    await user.click(byId("sign-out"));
    await sessionText("Not signed in");
    expect(backend.calls.some((call) => call.method === "signOut")).toBe(true);
    expect(document.activeElement).toBe(byId("sign-in"));
  });

  it("signs in at once when the agency's page finishes by itself", async () => {
    const { user } = await renderApp();
    await user.click(await within(header()).findByRole("button", { name: "Sign in" }));
    await sessionText("Signed in as Maria Lopez");
  });

  it("takes a cancelled sign-in quietly", async () => {
    const { user, backend } = await renderApp({ signIn: "manual" });
    await sessionText("Not signed in");
    await user.click(byId("sign-in"));
    await user.click(await within(header()).findByRole("button", { name: "Cancel" }));
    await sessionText("Not signed in");
    expect(backend.calls.some((call) => call.method === "cancelSignIn")).toBe(true);
    const notice = byId("session-notice");
    expect(notice.dataset.code).toBe("sign_in_cancelled");
    expect(notice.classList.contains("usa-alert--info")).toBe(true);
    expect(notice.textContent).toBe("Sign-in was cancelled. You can sign in again whenever you're ready.");
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says why a sign-in failed, translated by its code", async () => {
    const { user } = await renderApp({
      failures: { signIn: { code: "agency_unreachable", message: "connection refused" } },
    });
    await user.click(await within(header()).findByRole("button", { name: "Sign in" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("We couldn't sign you in. Can't reach the agency right now. Please try again later.");
    expect(byId("session-notice").classList.contains("usa-alert--error")).toBe(true);
    expect(document.body.textContent).not.toContain("connection refused");
    await sessionText("Not signed in");
  });

  it("clears the error when the next sign-in works", async () => {
    const { user, backend } = await renderApp({ failures: { signIn: { code: "agency_error", message: "500" } } });
    await user.click(await within(header()).findByRole("button", { name: "Sign in" }));
    await screen.findByRole("alert");
    backend.fail("signIn", undefined);
    await user.click(byId("sign-in"));
    await sessionText("Signed in as Maria Lopez");
    expect(document.getElementById("session-notice")).toBeNull();
  });

  it("shows who is signed in at start, and follows the backend's session events", async () => {
    const { backend } = await renderApp({ session: signedIn() });
    await sessionText("Signed in as Maria Lopez");
    act(() => backend.setSession({ state: "signed_out" }));
    await sessionText("Not signed in");
    expect(byId("sign-in")).toBeTruthy();
    act(() => backend.setSession({ state: "signing_in" }));
    await sessionText("Finish signing in on your agency's page");
    act(() => backend.setSession(signedIn()));
    await sessionText("Signed in as Maria Lopez");
  });

  it("keeps an event that arrives before the first answer", async () => {
    const backend = createMockBackend();
    let answer: (value: Awaited<ReturnType<typeof backend.session>>) => void = () => undefined;
    await renderApp(backend, (mock) => ({
      ...mock,
      session: () => new Promise((resolve) => (answer = resolve)),
    }));
    act(() => backend.setSession(signedIn()));
    await sessionText("Signed in as Maria Lopez");
    await act(async () => answer({ state: "signed_out" }));
    expect(byId("session-state").textContent).toBe("Signed in as Maria Lopez");
  });

  it("counts a failed session call as signed out", async () => {
    await renderApp({ failures: { session: { code: "internal", message: "no" } } });
    await sessionText("Not signed in");
  });

  it("stops listening when the app goes away", async () => {
    const { backend, unmount } = await renderApp();
    await sessionText("Not signed in");
    expect(backend.listenerCount).toBeGreaterThan(0);
    unmount();
    expect(backend.listenerCount).toBe(0);
  });

  it("speaks Spanish", async () => {
    const { user, backend } = await renderApp({ settings: { language: "es" }, signIn: "manual" });
    await sessionText("No ha iniciado sesión");
    expect(byId("sign-in").textContent).toBe("Iniciar sesión");
    await user.click(byId("sign-in"));
    await sessionText("Termine de iniciar sesión en la página de su agencia");
    expect(byId("cancel-sign-in").textContent).toBe("Cancelar");
    act(() => backend.completeSignIn());
    await sessionText("Sesión iniciada como Maria Lopez");
    expect(byId("sign-out").textContent).toBe("Cerrar sesión");
  });
});
