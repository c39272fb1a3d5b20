import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { byId, h1, renderApp } from "../test/renderApp";
import { DOUBLE_ESCAPE_MS } from "./useDoubleEscape";

const APP_WORDS = /child|support|agenc|payment|estimate|apply|document|modify|quick exit|sign|version|manutenci|pago|salida|sesi/i;

async function expectNeutralScreen() {
  const neutral = await screen.findByText("No notes yet.");
  expect(neutral.closest("#neutral-screen")).not.toBeNull();
  expect(document.body.textContent).not.toMatch(APP_WORDS);
  expect(screen.queryAllByRole("link")).toHaveLength(0);
  expect(screen.queryAllByRole("button")).toHaveLength(0);
  expect(screen.queryByRole("navigation")).toBeNull();
  expect(screen.queryByRole("banner")).toBeNull();
  expect(h1().textContent).toBe("Notes");
  expect(document.title).toBe("Notes");
  expect(window.location.hash).toBe("#/");
}

describe("quick exit", () => {
  it("replaces the whole app with a neutral notes page at once", async () => {
    window.history.replaceState(null, "", "#/payments");
    const { user } = await renderApp();
    await user.click(byId("quick-exit"));
    await expectNeutralScreen();
  });

  it("leaves on Escape pressed twice within a second", async () => {
    const { user } = await renderApp();
    await user.keyboard("{Escape}{Escape}");
    await expectNeutralScreen();
  });

  it("stays on a single Escape, or two more than a second apart", async () => {
    let now = 10_000;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const { user } = await renderApp();
    await user.keyboard("{Escape}");
    now += DOUBLE_ESCAPE_MS + 1;
    await user.keyboard("{Escape}");
    expect(document.getElementById("neutral-screen")).toBeNull();
    now += 300;
    await user.keyboard("{Escape}");
    expect(document.getElementById("neutral-screen")).not.toBeNull();
  });

  it("leaves Escape to an open dialog", async () => {
    await renderApp();
    const dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    const field = document.createElement("input");
    dialog.append(field);
    document.body.append(dialog);
    fireEvent.keyDown(field, { key: "Escape" });
    fireEvent.keyDown(field, { key: "Escape" });
    expect(document.getElementById("neutral-screen")).toBeNull();
    dialog.remove();
  });

  it("shows nothing of the app when going back in history", async () => {
    window.history.replaceState(null, "", "#/payments");
    const { user } = await renderApp();
    await user.click(byId("quick-exit"));
    act(() => {
      window.history.replaceState(null, "", "#/payments");
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    await waitFor(() => expect(byId("neutral-screen")).toBeTruthy());
    expect(document.body.textContent).not.toMatch(APP_WORDS);
  });

  it("is in Spanish too, still neutral", async () => {
    const { user } = await renderApp({ settings: { language: "es" } });
    await user.click(byId("quick-exit"));
    expect(h1().textContent).toBe("Notas");
    expect(document.title).toBe("Notas");
    expect(document.body.textContent).not.toMatch(APP_WORDS);
  });
});
