import { act, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockBackend, MOCK_AGENCY_NAME } from "../backend/mock";
import { byId, h1, preferLanguages, renderApp } from "../test/renderApp";
import { AGENCY_REFRESH_MS } from "./useAgencyStatus";

describe("the app frame, in English", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the header, the navigation, the home page and the footer", async () => {
    preferLanguages(["en-US", "en"]);
    await renderApp();

    expect(document.documentElement.lang).toBe("en");
    expect(h1().textContent).toBe("Your child support, in one place");
    expect(screen.getByRole("link", { name: "Skip to main content" }).getAttribute("href")).toBe("#main-content");

    const banner = screen.getByRole("banner");
    await waitFor(() => expect(byId("app-title").textContent).toBe(MOCK_AGENCY_NAME));
    expect(within(banner).getByText("Not signed in").id).toBe("session-state");

    const toggle = byId("language-toggle");
    expect(toggle.textContent).toBe("Español");
    expect(toggle.getAttribute("lang")).toBe("es");
    expect(byId("quick-exit").textContent).toBe("Quick exit");

    const nav = screen.getByRole("navigation", { name: "Main" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Home", "#/"],
      ["Estimate", "#/estimate"],
      ["Apply", "#/apply"],
      ["Payments", "#/payments"],
      ["How to pay", "#/pay"],
      ["Documents", "#/documents"],
      ["Modify", "#/modify"],
      ["Your details", "#/contact"],
      ["Messages", "#/messages"],
      ["Appointments", "#/appointments"],
    ]);
    expect(links[0]?.getAttribute("aria-current")).toBe("page");
    expect(links.slice(1).every((link) => !link.hasAttribute("aria-current"))).toBe(true);

    const main = screen.getByRole("main");
    expect(main.id).toBe("main-content");
    expect(within(main).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "#/estimate",
      "#/apply",
      "#/payments",
      "#/documents",
      "#/modify",
    ]);

    await waitFor(() => expect(byId("app-version").textContent).toBe("Version 0.1.0"));
    expect(byId("agency-status").textContent).toBe(`Connected to ${MOCK_AGENCY_NAME}`);
    expect(within(screen.getByRole("contentinfo")).getByText("Version 0.1.0")).toBeTruthy();
    expect(document.title).toBe("Home · Child Support Self-Service");
  });

  it("offers sign-in in the header and on Home when no one is signed in", async () => {
    await renderApp();
    const banner = screen.getByRole("banner");
    await waitFor(() => expect(within(banner).getByRole("button", { name: "Sign in" }).id).toBe("sign-in"));
    expect(byId("home-sign-in").textContent).toBe("Sign in");
  });

  it("shows the product's name until the agency answers", async () => {
    const backend = createMockBackend();
    await renderApp(backend, (mock) => ({ ...mock, agencyStatus: () => new Promise(() => undefined) }));
    expect(byId("app-title").textContent).toBe("Child Support Self-Service");
    expect(byId("agency-status").textContent).toBe("Checking the connection to the agency…");
  });

  it("warns when the agency can't be reached, without showing its address", async () => {
    await renderApp({
      agency: {
        state: "unreachable",
        url: "http://127.0.0.1:9/secret-path",
        error: { code: "agency_unreachable", message: "connection refused" },
      },
    });
    const status = byId("agency-status");
    await waitFor(() =>
      expect(status.textContent).toBe("Can't reach the agency right now. What you see may be out of date."),
    );
    expect(status.querySelector(".usa-alert--warning")).not.toBeNull();
    expect(document.body.textContent).not.toContain("127.0.0.1");
    expect(document.body.textContent).not.toContain("connection refused");
    expect(byId("app-title").textContent).toBe("Child Support Self-Service");
  });

  it("counts a failed status call as unreachable", async () => {
    await renderApp({ failures: { agencyStatus: { code: "internal", message: "boom" } } });
    await waitFor(() => expect(byId("agency-status").textContent).toContain("Can't reach the agency right now."));
  });

  it("asks the agency again every minute", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const { backend } = await renderApp();
    await waitFor(() => expect(byId("agency-status").textContent).toBe(`Connected to ${MOCK_AGENCY_NAME}`));
    const asked = backend.calls.filter((call) => call.method === "agencyStatus").length;

    backend.setAgency({
      state: "unreachable",
      url: "http://127.0.0.1:8080",
      error: { code: "agency_unreachable", message: "timed out" },
    });
    act(() => {
      vi.advanceTimersByTime(AGENCY_REFRESH_MS);
    });
    await waitFor(() => expect(byId("agency-status").textContent).toContain("Can't reach the agency"));
    expect(backend.calls.filter((call) => call.method === "agencyStatus").length).toBe(asked + 1);
    // The header keeps the name the agency last gave.
    expect(byId("app-title").textContent).toBe(MOCK_AGENCY_NAME);
  });

  it("leaves the version out when the shell doesn't say it", async () => {
    await renderApp({ failures: { appInfo: { code: "internal", message: "no" } } });
    await waitFor(() => expect(byId("agency-status").textContent).toContain("Connected"));
    expect(byId("app-version").textContent).toBe("");
  });
});
