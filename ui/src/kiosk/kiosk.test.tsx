import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMockBackend, kioskInfo, MOCK_KIOSK, MOCK_OUTBOX } from "../backend/mock";
import { completeForm } from "../test/application";
import { signedIn } from "../test/account";
import { openKioskVisit, renderKiosk, startVisit } from "../test/kiosk";
import { byId, h1, renderApp } from "../test/renderApp";
import { ROUTES, hrefFor } from "../routing/routes";
import { savedCases } from "../screens/payments/testing";
import { reloadToWelcome } from "./reload";
import { UNSENT_NOTICE_MS } from "./VisitEnd";

vi.mock("./reload", () => ({ reloadToWelcome: vi.fn() }));
const reloaded = vi.mocked(reloadToWelcome);

beforeEach(() => {
  reloaded.mockReset();
});

/** Where the real app would load the page again: the same backend, a fresh UI. */
async function reload(app: Awaited<ReturnType<typeof renderKiosk>>) {
  app.unmount();
  document.documentElement.className = "";
  return renderKiosk(app.backend);
}

describe("the kiosk's welcome screen", () => {
  it("shows the office, the languages and Start, and nothing else of the app", async () => {
    await renderKiosk();
    const welcome = byId("kiosk-welcome");
    expect(welcome.dataset.officeId).toBe("DC-01");
    expect(byId("kiosk-office").textContent).toBe(MOCK_KIOSK.office_name);
    expect(h1().textContent).toBe("Welcome");
    expect(document.title).toBe(`Welcome · ${MOCK_KIOSK.office_name}`);
    expect(byId("kiosk-start").textContent).toBe("Start");
    const english = byId("kiosk-language-en");
    const spanish = byId("kiosk-language-es");
    expect([english.textContent, english.getAttribute("lang"), english.getAttribute("aria-pressed")]).toEqual(["English", "en", "true"]);
    expect([spanish.textContent, spanish.getAttribute("lang"), spanish.getAttribute("aria-pressed")]).toEqual(["Español", "es", "false"]);
    // Nothing to reach before Start: no header, navigation, sign-in, links or footer.
    expect(screen.queryByRole("banner")).toBeNull();
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.queryByRole("contentinfo")).toBeNull();
    expect(screen.queryAllByRole("link")).toEqual([]);
    expect(document.getElementById("sign-in")).toBeNull();
    expect(screen.getAllByRole("button").map((button) => button.id)).toEqual(["kiosk-language-en", "kiosk-language-es", "kiosk-start"]);
  });

  it("switches the language at once, and the visit goes on in it", async () => {
    const app = await renderKiosk();
    await app.user.click(byId("kiosk-language-es"));
    expect(h1().textContent).toBe("Bienvenido");
    expect(document.documentElement.lang).toBe("es");
    expect(byId("kiosk-language-es").getAttribute("aria-pressed")).toBe("true");
    expect(byId("kiosk-language-en").getAttribute("aria-pressed")).toBe("false");
    expect(document.activeElement).toBe(byId("kiosk-language-es"));
    expect(app.backend.calls).toContainEqual({ method: "setLanguage", language: "es" });

    await startVisit(app);
    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(byId("kiosk-end-visit").textContent).toBe("Terminar mi visita");
  });

  it("starts in the office's first language, whatever the system prefers, and offers only the office's", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-US"]);
    const app = await renderKiosk({ kiosk: { languages: ["es"] } });
    expect(h1().textContent).toBe("Bienvenido");
    expect(document.getElementById("kiosk-language-en")).toBeNull();
    expect(document.getElementById("kiosk-language-es")).toBeNull();
    await startVisit(app);
    expect(document.getElementById("language-toggle")).toBeNull();
  });

  it("starts on Home in place of its own history entry, with End my visit where Quick exit was, and focus on the heading", async () => {
    const app = await renderKiosk();
    const entries = window.history.length;
    await startVisit(app);
    expect(window.location.hash).toBe("#/");
    expect(window.history.length).toBe(entries);
    expect(h1().textContent).toBe("Your child support, in one place");
    await waitFor(() => expect(document.activeElement).toBe(h1()));
    const end = byId("kiosk-end-visit");
    expect(end.textContent).toBe("End my visit");
    expect(byId(end.getAttribute("aria-describedby") ?? "").textContent).toContain("clears everything you did on this computer");
    expect(document.getElementById("quick-exit")).toBeNull();
    expect(document.getElementById("kiosk-welcome")).toBeNull();
  });
});

describe("a kiosk visit", () => {
  it("moves between pages without adding to the history", async () => {
    const app = await openKioskVisit();
    const entries = window.history.length;
    await app.user.click(within(screen.getByRole("navigation")).getByRole("link", { name: "Payments" }));
    await waitFor(() => expect(h1().textContent).toBe("Your payments"));
    expect(window.location.hash).toBe("#/payments");
    await app.user.click(screen.getAllByRole("link", { name: "Home" })[0] as HTMLElement);
    await waitFor(() => expect(h1().textContent).toBe("Your child support, in one place"));
    await app.user.click(screen.getByRole("link", { name: "Go to Apply" }));
    await waitFor(() => expect(h1().textContent).toBe("Apply for child support services"));
    expect(window.history.length).toBe(entries);
  });

  it("keeps the skip link working", async () => {
    const app = await openKioskVisit();
    await app.user.click(screen.getByRole("link", { name: "Skip to main content" }));
    expect(document.activeElement).toBe(byId("main-content"));
    expect(window.location.hash).toBe("#/");
  });

  it("has no context menu, before or during a visit", async () => {
    const app = await renderKiosk();
    expect(fireEvent.contextMenu(byId("kiosk-start"))).toBe(false);
    await startVisit(app);
    expect(fireEvent.contextMenu(h1())).toBe(false);
    expect(fireEvent.contextMenu(document.body)).toBe(false);
  });

  it("never follows a link out of the app", async () => {
    await openKioskVisit();
    const out = document.createElement("a");
    out.href = "https://example.org/";
    out.target = "_blank";
    out.textContent = "elsewhere";
    byId("main-content").append(out);
    expect(fireEvent.click(out)).toBe(false);
    expect(fireEvent(out, new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
    out.remove();
  });

  it("has no link out of the app and nothing that opens a window, on any page", async () => {
    const app = await openKioskVisit({ session: signedIn(false), saved: { cases: [], as_of: null } });
    for (const route of ROUTES) {
      act(() => window.location.replace(hrefFor(route)));
      await waitFor(() => expect(document.querySelector(`main[data-screen="${route}"]`)).not.toBeNull());
      const links = Array.from(document.querySelectorAll("a"));
      expect(links.filter((link) => !(link.getAttribute("href") ?? "").startsWith("#") || link.hasAttribute("target")), route).toEqual([]);
    }
    expect(app.backend.calls.some((call) => call.method === "endVisit")).toBe(false);
  });

  it("has no Sign out (End my visit does it), and says the session ends with the visit", async () => {
    await openKioskVisit({ session: signedIn(false), saved: { cases: [], as_of: null } });
    await waitFor(() => expect(byId("session-state").textContent).toBe("Signed in as Maria Lopez"));
    expect(document.getElementById("sign-out")).toBeNull();
    await waitFor(() => expect(byId("session-not-remembered").textContent).toBe("You'll be signed out when your visit ends."));
  });

  it("still offers Sign in", async () => {
    await openKioskVisit();
    await waitFor(() => expect(byId("sign-in").textContent).toBe("Sign in"));
  });
});

describe("the end of a kiosk visit", () => {
  it("shows only “Ending your visit…” while what was submitted is delivered, then loads the welcome screen afresh", async () => {
    const backend = createMockBackend({
      appInfo: kioskInfo(),
      session: signedIn(false),
      saved: { cases: [], as_of: null },
      delivery: "manual",
    });
    const app = await renderKiosk(backend);
    await startVisit(app);
    const item = await backend.submitApplication(completeForm());

    await app.user.click(byId("kiosk-end-visit"));
    const ending = await waitFor(() => byId("kiosk-ending"));
    expect(ending.getAttribute("aria-busy")).toBe("true");
    expect(h1().textContent).toBe("Ending your visit…");
    expect(document.activeElement).toBe(h1());
    expect(document.title).toBe("Ending your visit…");
    expect(byId("kiosk-announcer").textContent).toBe("Ending your visit…");
    expect(byId("kiosk-announcer").getAttribute("aria-live")).toBe("assertive");
    // Nothing of the visit is left on screen meanwhile.
    expect(screen.queryByRole("banner")).toBeNull();
    expect(document.body.textContent).not.toContain("Maria");
    expect(backend.calls.filter((call) => call.method === "endVisit")).toHaveLength(1);
    expect(reloaded).not.toHaveBeenCalled();

    act(() => backend.deliverOutboxItem(item.id));
    await waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1));
    expect(document.getElementById("kiosk-unsent")).toBeNull();

    const next = await reload(app);
    expect(byId("kiosk-welcome")).toBeTruthy();
    expect(await next.backend.session()).toEqual({ state: "signed_out" });
    await startVisit(next);
    await waitFor(() => expect(byId("session-state").dataset.state).toBe("signed_out"));
  });

  it("says how many submissions could not be sent and were not kept, until OK", async () => {
    const app = await openKioskVisit({ session: signedIn(false), saved: { cases: [], as_of: null }, delivery: "manual", visitWaitMs: 50 });
    await app.backend.submitApplication(completeForm());
    await app.backend.addDocument("C-1001", "/scans/pay.pdf", "pay_stub", null);
    await app.user.click(byId("kiosk-end-visit"));

    const unsent = await waitFor(() => byId("kiosk-unsent"));
    expect(unsent.dataset.count).toBe("2");
    expect(unsent.textContent).toBe("2 things you submitted could not be sent to the agency, and they were not kept on this computer.");
    expect(unsent.closest('[role="alert"]')).not.toBeNull();
    expect(h1().textContent).toBe("Your visit has ended");
    expect(document.activeElement).toBe(byId("kiosk-unsent-ok"));
    expect(reloaded).not.toHaveBeenCalled();
    await app.user.click(byId("kiosk-unsent-ok"));
    expect(reloaded).toHaveBeenCalledTimes(1);
  });

  it("goes on to the welcome screen by itself ten seconds after saying what was not sent, in Spanish too", async () => {
    const app = await openKioskVisit({
      session: signedIn(false),
      saved: { cases: [], as_of: null },
      delivery: "manual",
      visitWaitMs: 50,
      settings: { language: "es" },
    });
    await app.backend.submitApplication(completeForm());
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      fireEvent.click(byId("kiosk-end-visit"));
      const unsent = await waitFor(() => byId("kiosk-unsent"));
      expect(unsent.textContent).toBe("1 cosa que usted presentó no se pudo enviar a la agencia, y no se guardó en esta computadora.");
      act(() => vi.advanceTimersByTime(UNSENT_NOTICE_MS - 500));
      expect(reloaded).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(500));
      expect(reloaded).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("ends at once on Escape pressed twice, as Quick exit would at home", async () => {
    const app = await openKioskVisit();
    await app.user.keyboard("{Escape}{Escape}");
    await waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1));
    expect(app.backend.calls.filter((call) => call.method === "endVisit")).toHaveLength(1);
  });

  it("stays, and tries again, when the reset fails: no welcome screen over a visit that may not be wiped", async () => {
    const app = await openKioskVisit({ failures: { endVisit: { code: "storage", message: "stuck" } } });
    await app.user.click(byId("kiosk-end-visit"));
    await waitFor(() => byId("kiosk-end-failed"));
    expect(h1().textContent).toBe("This computer could not finish ending your visit");
    expect(document.activeElement).toBe(byId("kiosk-end-retry"));
    expect(document.getElementById("kiosk-welcome")).toBeNull();
    expect(reloaded).not.toHaveBeenCalled();

    app.backend.fail("endVisit", undefined);
    await app.user.click(byId("kiosk-end-retry"));
    await waitFor(() => expect(reloaded).toHaveBeenCalledTimes(1));
    expect(app.backend.calls.filter((call) => call.method === "endVisit")).toHaveLength(2);
  });
});

describe("kiosk limits on the screens", () => {
  it("offers no CSV of the payments, and says why", async () => {
    await openKioskVisit({ session: signedIn(false), saved: savedCases() }, "payments");
    const note = await waitFor(() => byId("payments-export-kiosk"));
    expect(note.textContent).toBe("On this office computer, the payment history can't be saved to a file.");
    expect(document.getElementById("payments-export")).toBeNull();
    expect(document.getElementById("payment-notifications")).toBeNull();
  });

  it("keeps the home app as it was", async () => {
    await renderApp({ outbox: MOCK_OUTBOX });
    expect(byId("quick-exit").textContent).toBe("Quick exit");
    expect(document.getElementById("kiosk-end-visit")).toBeNull();
    expect(document.getElementById("kiosk-welcome")).toBeNull();
    expect(fireEvent.contextMenu(h1())).toBe(true);
  });
});
