import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_CASES, type MockBackendOptions } from "../../backend/mock";
import type { Language } from "../../bindings/Language";
import { earlierToday, signedIn } from "../../test/account";
import { violations } from "../../test/axe";
import { byId, h1, renderApp, type RenderedApp } from "../../test/renderApp";

async function openContact(options: MockBackendOptions = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/contact");
  const app = await renderApp({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, ...options });
  await waitFor(() => expect(byId("contact-visibility")).toBeTruthy(), { timeout: 3000 });
  return app;
}

function input(id: string): HTMLInputElement {
  return byId(id) as HTMLInputElement;
}

describe("the Your details screen", () => {
  it("invites the parent to sign in first", async () => {
    window.history.replaceState(null, "", "#/contact");
    await renderApp();
    expect(h1().textContent).toBe("Update your details");
    await screen.findByText("Sign in to tell the agency about a new address, phone, email or employer.");
  });

  it("says plainly who can see a new address on each case", async () => {
    await openContact({ familyViolenceCases: ["C-1003"] });
    const notice = byId("contact-visibility");
    expect(notice.querySelector('[data-case="C-1001"]')?.textContent).toBe(
      "On case C-1001, the other parent can see your new address, phone and employer. The agency can too.",
    );
    expect(notice.querySelector('[data-case="C-1003"]')?.textContent).toBe(
      "On case C-1003, the other parent can NOT see your new address, phone or employer, because of the safety protection on your case. Only the agency can.",
    );
    expect(notice.textContent).toContain("The other parent never sees your email address.");
    expect(notice.textContent).toContain("Your employer's address is for the agency only, to send an income withholding order.");
  });

  it("asks for a new employer's address, and names a part left out", async () => {
    const app = await openContact();
    await app.user.type(input("contact-employer-name"), "Lakeview Hardware");
    await app.user.type(input("contact-employer-start_date"), "11/16/2026");
    await app.user.type(input("contact-employer-address-line1"), "400 Quarry Road");
    await app.user.selectOptions(byId("contact-employer-address-state"), "WI");
    await app.user.click(byId("contact-submit"));
    await waitFor(() => expect(byId("contact-employer-address-city-error").textContent).toBe(
      "Enter the employer's whole address (street, city, state and ZIP code), or leave all of it blank",
    ));
    expect(byId("contact-employer-address-zip-error").textContent).toContain("employer's whole address");
    expect(document.getElementById("contact-employer-address-line1-error")).toBeNull();
    // The parent's own address, left blank, is not at fault.
    expect(document.getElementById("contact-address-city-error")).toBeNull();
    expect(app.backend.calls.some((call) => call.method === "submitContactUpdate")).toBe(false);

    // The summary takes focus, so that a screen reader reads it; its button
    // takes the keyboard to the employer's address.
    await waitFor(() => expect(document.activeElement?.id).toBe("contact-error-summary"));
    const go = [...byId("contact-error-summary").querySelectorAll("button")].find((b) => b.textContent?.includes("employer's whole address"));
    if (!go) throw new Error("a way to the employer's address");
    await app.user.click(go);
    expect(document.activeElement?.id).toBe("contact-employer-address-line1");

    await app.user.type(input("contact-employer-address-city"), "Lakeview");
    await app.user.type(input("contact-employer-address-zip"), "53703");
    await app.user.click(byId("contact-submit"));
    await waitFor(() => expect(byId("contact-sent").textContent).toContain("Your update is saved"));
    const [submitted] = app.backend.calls.filter((call) => call.method === "submitContactUpdate");
    if (!submitted || submitted.method !== "submitContactUpdate") throw new Error("one submission");
    expect(submitted.form.employer.address).toEqual({ line1: "400 Quarry Road", line2: "", city: "Lakeview", state: "WI", zip: "53703" });
    expect(submitted.form.address.line1).toBe("");
    expect(input("contact-employer-address-line1").value).toBe("");
  });

  it("names each field at fault, and sends nothing", async () => {
    const app = await openContact();
    await app.user.click(byId("contact-submit"));
    await waitFor(() => expect(byId("contact-error-summary").textContent).toContain("Fill in at least one change"));

    await app.user.type(input("contact-address-line1"), "12 Elm St");
    await app.user.type(input("contact-address-zip"), "5370");
    await app.user.type(input("contact-phone"), "555-01");
    await app.user.type(input("contact-employer-start_date"), "13/45/2026");
    await app.user.click(byId("contact-submit"));
    await waitFor(() => expect(byId("contact-phone-error").textContent).toBe("Enter a phone number with the area code, like 608-555-0100"));
    expect(byId("contact-address-zip-error").textContent).toBe("A ZIP code has 5 digits, like 53703, or 9, like 53703-1234");
    expect(byId("contact-address-city-error").textContent).toContain("Enter the whole address");
    expect(byId("contact-employer-name-error").textContent).toBe("Enter your employer's name");
    expect(byId("contact-employer-start_date-error").textContent).toBe("Enter a real date as month, day and year, like 11/30/2026");
    expect(input("contact-phone").getAttribute("aria-describedby")).toContain("contact-phone-error");
    expect(app.backend.calls.some((call) => call.method === "submitContactUpdate")).toBe(false);
  });

  it("says the field errors in Spanish too", async () => {
    const app = await openContact({ settings: { language: "es" } });
    await app.user.type(input("contact-email"), "maria@");
    await app.user.click(byId("contact-submit"));
    await waitFor(() => expect(byId("contact-email-error").textContent).toBe("Escriba un correo electrónico como nombre@ejemplo.com"));
  });

  it("sends a new address through the outbox and follows the agency's answer", async () => {
    const app = await openContact({ delivery: "manual" });
    await app.user.type(input("contact-address-line1"), "77 Birch Road");
    await app.user.type(input("contact-address-city"), "Lakeview");
    await app.user.selectOptions(byId("contact-address-state"), "WI");
    await app.user.type(input("contact-address-zip"), "53700");
    await app.user.click(byId("contact-submit"));
    await waitFor(() => expect(byId("contact-sent").textContent).toContain("Your update is saved"));
    expect(input("contact-address-line1").value).toBe("");
    const submitted = app.backend.calls.filter((call) => call.method === "submitContactUpdate");
    expect(submitted).toHaveLength(1);
    await waitFor(() => expect(byId("contact-pending").textContent).toBe("One update is waiting to be sent."));

    const [item] = await app.backend.outbox();
    if (!item) throw new Error("an outbox item");
    expect(item.kind).toBe("contact_update");
    act(() => app.backend.deliverOutboxItem(item.id));
    await waitFor(() => expect(byId("contact-updates").querySelector('[data-update-id="CU-000001"]')?.getAttribute("data-status")).toBe("received"));
    expect(document.getElementById("contact-pending")).toBeNull();
  });
});

describe("accessibility of the Your details screen (axe-core)", () => {
  it.each(["en", "es"] as Language[])("with field errors and a family-violence case, in %s", async (language) => {
    const app = await openContact({ settings: { language }, familyViolenceCases: ["C-1001"] });
    await app.user.type(input("contact-address-line1"), "12 Elm St");
    await app.user.type(input("contact-phone"), "1");
    await app.user.click(byId("contact-submit"));
    await waitFor(() => byId("contact-phone-error"));
    expect(await violations()).toEqual([]);
  });
});
