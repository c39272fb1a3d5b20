import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMockBackend, MOCK_AGENCY_NAME } from "../backend/mock";
import { byId, h1, preferLanguages, renderApp } from "../test/renderApp";

function navTexts(): string[] {
  const nav = screen.getByRole("navigation");
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent ?? "");
}

describe("the language switch", () => {
  it("switches to Spanish, tells the backend, and is remembered next time", async () => {
    preferLanguages(["en-US", "en"]);
    const backend = createMockBackend();
    const first = await renderApp(backend);
    await waitFor(() => expect(byId("app-version").textContent).toBe("Version 0.1.0"));

    await first.user.click(byId("language-toggle"));

    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(navTexts()).toEqual(["Inicio", "Calcular", "Solicitar", "Pagos", "Cómo pagar", "Documentos", "Modificar", "Sus datos", "Mensajes", "Citas"]);
    expect(screen.getByRole("navigation", { name: "Principal" })).toBeTruthy();
    expect(byId("language-toggle").textContent).toBe("English");
    expect(byId("language-toggle").getAttribute("lang")).toBe("en");
    expect(byId("quick-exit").textContent).toBe("Salida rápida");
    expect(byId("session-state").textContent).toBe("No ha iniciado sesión");
    expect(byId("app-version").textContent).toBe("Versión 0.1.0");
    expect(byId("agency-status").textContent).toBe(`Conectado a ${MOCK_AGENCY_NAME}`);
    expect(screen.getByRole("link", { name: "Saltar al contenido principal" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("es");
    expect(document.title).toBe("Inicio · Autoservicio de Manutención de Menores");
    expect(backend.calls).toContainEqual({ method: "setLanguage", language: "es" });
    expect(await backend.settings()).toEqual({ language: "es", estimate_jurisdiction: null, payment_notifications: false, message_notifications: false, appointment_reminders: false });

    first.unmount();
    document.documentElement.lang = "en";
    await renderApp(backend);
    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(document.documentElement.lang).toBe("es");
  });

  it("switches back to English", async () => {
    const { user, backend } = await renderApp({ settings: { language: "es" } });
    expect(byId("language-toggle").textContent).toBe("English");
    await user.click(byId("language-toggle"));
    expect(h1().textContent).toBe("Your child support, in one place");
    expect(byId("language-toggle").textContent).toBe("Español");
    expect(document.documentElement.lang).toBe("en");
    expect(backend.calls).toContainEqual({ method: "setLanguage", language: "en" });
  });

  it("follows the system's languages while none is saved: Spanish", async () => {
    preferLanguages(["es-MX", "en-US"]);
    const { backend } = await renderApp({ settings: { language: null } });
    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(document.documentElement.lang).toBe("es");
    expect(backend.calls.some((call) => call.method === "setLanguage")).toBe(false);
  });

  it("follows the system's languages while none is saved: anything else is English", async () => {
    preferLanguages(["fr-FR", "de-DE"]);
    await renderApp({ settings: { language: null } });
    expect(h1().textContent).toBe("Your child support, in one place");
    expect(document.documentElement.lang).toBe("en");
  });

  it("prefers the saved language over the system's", async () => {
    preferLanguages(["es-US"]);
    await renderApp({ settings: { language: "en" } });
    expect(h1().textContent).toBe("Your child support, in one place");
  });

  it("follows the system when the settings can't be read", async () => {
    preferLanguages(["es"]);
    await renderApp({ failures: { settings: { code: "storage", message: "disk error" } } });
    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
  });

  it("follows the system when the settings never come", async () => {
    preferLanguages(["es-US"]);
    const backend = createMockBackend({ settings: { language: "en" } });
    await renderApp(backend, (mock) => ({ ...mock, settings: () => new Promise(() => undefined) }));
    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
  });

  it("still switches, and says so in the parent's language, when the choice can't be saved", async () => {
    preferLanguages(["en-US"]);
    const { user } = await renderApp({
      failures: { setLanguage: { code: "storage", message: "read-only file system" } },
    });
    await user.click(byId("language-toggle"));
    expect(h1().textContent).toBe("Su manutención de menores, en un solo lugar");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "No pudimos guardar su preferencia de idioma para la próxima vez. La aplicación no pudo guardar ni leer información en esta computadora.",
    );
    expect(document.body.textContent).not.toContain("read-only file system");
  });
});
