import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { h1, renderApp } from "../test/renderApp";

// In a window narrower than 64em USWDS folds the navigation into a "Menu" drawer.
describe("the navigation drawer", () => {
  it("opens from Menu, takes focus, and closes on Close with focus back on Menu", async () => {
    const { user } = await renderApp();
    const menu = screen.getByRole("button", { name: "Menu" });
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(menu.getAttribute("aria-expanded")).toBe("false");

    await user.click(menu);
    expect(nav.classList.contains("is-visible")).toBe(true);
    expect(menu.getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Close menu" })));

    await user.click(screen.getByRole("button", { name: "Close menu" }));
    expect(nav.classList.contains("is-visible")).toBe(false);
    expect(document.activeElement).toBe(menu);
  });

  it("closes on Escape", async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole("button", { name: "Menu" }));
    await user.keyboard("{Escape}");
    expect(screen.getByRole("navigation").classList.contains("is-visible")).toBe(false);
    expect(document.getElementById("neutral-screen")).toBeNull();
  });

  it("closes when a page is chosen, and the page's heading gets focus", async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole("button", { name: "Menu" }));
    await user.click(screen.getByRole("link", { name: "Payments" }));
    await waitFor(() => expect(h1().textContent).toBe("Your payments"));
    expect(screen.getByRole("navigation").classList.contains("is-visible")).toBe(false);
    expect(document.activeElement).toBe(h1());
  });

  it("is labelled in Spanish too", async () => {
    await renderApp({ settings: { language: "es" } });
    expect(screen.getByRole("button", { name: "Menú" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cerrar el menú" })).toBeTruthy();
  });
});
