import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Case } from "../../bindings/Case";
import type { Estimate } from "../../bindings/Estimate";
import type { IpcError } from "../../bindings/IpcError";
import { createMockBackend, MOCK_ESTIMATE } from "../../backend/mock";
import { byId, h1 } from "../../test/renderApp";
import { localToday } from "./money";
import { field, fillWisconsin, openEstimate } from "./testing";

const WISCONSIN: Case = {
  jurisdiction: "US-WI",
  as_of: localToday(),
  children: 2,
  custodial: "a",
  parents: {
    a: { monthly_income: "2000.00", overnights: 219 },
    b: { monthly_income: "3000.00", overnights: 146 },
  },
};

const NOT_A_NUMBER: IpcError = {
  code: "invalid_input",
  message: "`parents.a.monthly_income`: `abc` is not an amount",
  field: "parents.a.monthly_income",
  reason: "not_a_number",
};

function estimateOf(amount: string, extra: Partial<Estimate> = {}): Estimate {
  return { ...MOCK_ESTIMATE, amount, ...extra };
}

describe("the Estimate screen", () => {
  it("builds Wisconsin's shared-placement case and says who pays whom", async () => {
    const app = await openEstimate();
    expect(h1().textContent).toBe("Estimate child support");
    await fillWisconsin(app);

    await waitFor(() => expect(byId("estimate-amount").textContent).toBe("$375.00"));
    expect(byId("estimate-summary").textContent).toBe("The other parent would pay you $375.00 a month.");
    expect(app.backend.estimates.at(-1)).toEqual(WISCONSIN);
    expect(byId("estimate-result").getAttribute("aria-live")).toBe("polite");
    expect(byId("estimate-rules").textContent).toBe(
      "Computed under Wis. Admin. Code DCF 150, in force from January 1, 2024.",
    );
    expect(byId("estimate-notes").querySelectorAll(".usa-alert--info")).toHaveLength(1);
  });

  it("labels the inputs by the state's income basis, with a $ prefix", async () => {
    const { user } = await openEstimate();
    await user.selectOptions(byId("estimate-jurisdiction"), "US-TX");
    expect(screen.getByRole("group", { name: /^Net resources/ })).toBeTruthy();
    expect(field("income-a").inputMode).toBe("decimal");
    expect(field("estimate-children").inputMode).toBe("numeric");
    expect(document.querySelector("#overnights-a")).toBeNull();
    await user.selectOptions(byId("estimate-jurisdiction"), "US-CA");
    expect(screen.getByRole("group", { name: /^Net disposable income/ })).toBeTruthy();
    expect(screen.getByLabelText("Nights a year the children spend with the other parent")).toBe(byId("overnights-b"));
  });

  it("sends Georgia's optional details, cleaned of $ and commas", async () => {
    const { user, backend } = await openEstimate();
    await user.selectOptions(byId("estimate-jurisdiction"), "US-GA");
    await user.type(byId("estimate-children"), "1");
    await user.click(byId("custodial-b"));
    await user.type(byId("income-a"), " $6,000.00 ");
    await user.type(byId("income-b"), "10000");
    const details = screen.getByRole("button", { name: "More details (optional)" });
    expect(details.getAttribute("aria-expanded")).toBe("false");
    details.focus();
    await user.keyboard("{Enter}");
    expect(details.getAttribute("aria-expanded")).toBe("true");
    await user.type(byId("health-insurance-a"), "150.25");
    await user.type(byId("child-care-b"), "$1,200.50");
    await user.type(byId("other-children-b"), "1");

    await waitFor(() =>
      expect(backend.estimates.at(-1)).toEqual({
        jurisdiction: "US-GA",
        as_of: localToday(),
        children: 1,
        custodial: "b",
        parents: {
          a: { monthly_income: "6000.00", health_insurance: "150.25" },
          b: { monthly_income: "10000", child_care: "1200.50", other_children: 1 },
        },
      }),
    );
  });

  it("sends annual incomes when the amounts are by the year, and the date chosen", async () => {
    const app = await openEstimate();
    await fillWisconsin(app);
    await app.user.selectOptions(byId("income-period"), "year");
    await app.user.click(screen.getByRole("button", { name: "More details (optional)" }));
    await app.user.clear(byId("estimate-date"));
    await app.user.type(byId("estimate-date"), "2026-06-01");
    await waitFor(() =>
      expect(app.backend.estimates.at(-1)).toEqual({
        ...WISCONSIN,
        as_of: "2026-06-01",
        parents: {
          a: { annual_income: "2000.00", overnights: 219 },
          b: { annual_income: "3000.00", overnights: 146 },
        },
      }),
    );
  });

  it("remembers the state chosen and offers it first next time", async () => {
    const backend = createMockBackend();
    const first = await openEstimate(backend);
    expect(field("estimate-jurisdiction").value).toBe("");
    await first.user.selectOptions(byId("estimate-jurisdiction"), "US-GA");
    expect(backend.calls).toContainEqual({ method: "setEstimateJurisdiction", code: "US-GA" });
    first.unmount();

    await openEstimate(backend);
    expect(field("estimate-jurisdiction").value).toBe("US-GA");
    expect(field("income-a")).toBeTruthy();
  });

  it("shows the form even when the saved settings never come", async () => {
    const backend = createMockBackend({ settings: { language: "en", estimate_jurisdiction: "US-WI" } });
    const { user } = await openEstimate({ ...backend, settings: () => new Promise(() => undefined) });
    expect(field("estimate-jurisdiction").value).toBe("");
    await user.selectOptions(byId("estimate-jurisdiction"), "US-WI");
    expect(field("income-a")).toBeTruthy();
  });

  it("says plainly that Delaware can't be estimated, and shows no form", async () => {
    const { user } = await openEstimate({ settings: { estimate_jurisdiction: "US-DE" } });
    expect(byId("estimate-incomplete").textContent).toContain(
      "The app doesn't know all of Delaware's rules yet, so it can't estimate support there.",
    );
    expect(document.querySelector("#estimate-children")).toBeNull();
    expect(document.querySelector("#estimate-result")).toBeNull();
    await user.selectOptions(byId("estimate-jurisdiction"), "US-WI");
    expect(document.querySelector("#estimate-incomplete")).toBeNull();
  });

  it.each([
    ["en" as const, "Enter an amount in dollars and cents, like 1250.00"],
    ["es" as const, "Escriba una cantidad en dólares y centavos, como 1250.00"],
  ])("marks the field the calculator names, in %s", async (language, message) => {
    const app = await openEstimate({ settings: { language }, estimate: MOCK_ESTIMATE });
    await fillWisconsin(app);
    await waitFor(() => expect(byId("estimate-amount").textContent).toBe("$375.00"));
    app.backend.fail("estimate", NOT_A_NUMBER);
    await app.user.type(byId("income-a"), "x");

    const income = field("income-a");
    await waitFor(() => expect(income.getAttribute("aria-invalid")).toBe("true"));
    expect(byId("income-a-error").textContent).toBe(message);
    expect(income.getAttribute("aria-describedby")?.split(" ")).toContain("income-a-error");
    expect(income.closest(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);
    expect(field("income-b").getAttribute("aria-invalid")).toBeNull();
    // The stale amount is gone, and the live region says what to fix.
    expect(document.querySelector("#estimate-amount")).toBeNull();
    expect(byId("estimate-result").textContent).toContain(message);
  });

  it("marks a bad income typed by the parent, as the E2E suite does", async () => {
    const app = await openEstimate();
    await fillWisconsin(app);
    await app.user.clear(byId("income-b"));
    await app.user.type(byId("income-b"), "abc");
    await waitFor(() => expect(field("income-b").getAttribute("aria-invalid")).toBe("true"));
    const describedBy = field("income-b").getAttribute("aria-describedby") ?? "";
    const text = describedBy
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(text).toMatch(/amount in dollars and cents/i);
  });

  it("shows an error without a known field in an alert, falling back to its message", async () => {
    const app = await openEstimate({ estimate: MOCK_ESTIMATE });
    await fillWisconsin(app);
    await waitFor(() => expect(byId("estimate-amount")).toBeTruthy());
    app.backend.fail("estimate", { code: "invalid_input", message: "Something odd", field: "parents", reason: "brand_new" });
    await app.user.type(byId("income-b"), "1");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("Something odd"));
    expect(document.querySelector("#estimate-amount")).toBeNull();
  });

  it("checks whole numbers itself, without asking the calculator", async () => {
    const app = await openEstimate();
    await fillWisconsin(app);
    await app.user.clear(byId("estimate-children"));
    await app.user.type(byId("estimate-children"), "2.5");
    await waitFor(() => expect(field("estimate-children").getAttribute("aria-invalid")).toBe("true"));
    expect(byId("estimate-children-error").textContent).toBe("Enter a whole number, like 2");
  });

  it("opens More details to show an error inside it", async () => {
    const app = await openEstimate({ estimate: MOCK_ESTIMATE });
    await fillWisconsin(app);
    app.backend.fail("estimate", {
      code: "invalid_input",
      message: "too early",
      field: "as_of",
      reason: "date_before_rules",
    });
    await app.user.type(byId("income-b"), "1");
    await waitFor(() =>
      expect(byId("estimate-date-error").textContent).toBe("The app doesn't know this state's rules for a date this early"),
    );
    expect(byId("estimate-details-content").hidden).toBe(false);
  });

  it("never lets a slow, older answer replace a newer one", async () => {
    let calls = 0;
    let releaseFirst: () => void = () => undefined;
    const app = await openEstimate({
      estimate: () => {
        calls += 1;
        if (calls === 1) {
          return new Promise<Estimate>((resolve) => {
            releaseFirst = () => resolve(estimateOf("111.00"));
          });
        }
        return estimateOf("222.00");
      },
    });
    await fillWisconsin(app);
    await waitFor(() => expect(app.backend.estimates).toHaveLength(1));
    await app.user.type(byId("income-b"), "0");
    await waitFor(() => expect(byId("estimate-amount").textContent).toBe("$222.00"));
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(byId("estimate-amount").textContent).toBe("$222.00");
  });

  it("keeps the last result while the next one is computed", async () => {
    let release: () => void = () => undefined;
    const app = await openEstimate({ estimate: MOCK_ESTIMATE });
    await fillWisconsin(app);
    await waitFor(() => expect(byId("estimate-amount").textContent).toBe("$375.00"));
    app.backend.setEstimate(
      () => new Promise<Estimate>((resolve) => (release = () => resolve(estimateOf("1234567.8", { per: "year" })))),
    );
    const before = app.backend.estimates.length;
    await app.user.type(byId("income-a"), "0");
    await waitFor(() => expect(app.backend.estimates.length).toBeGreaterThan(before));
    expect(byId("estimate-amount").textContent).toBe("$375.00");
    release();
    await waitFor(() => expect(byId("estimate-amount").textContent).toBe("$1,234,567.80"));
    expect(byId("estimate-summary").textContent).toBe("The other parent would pay you $1,234,567.80 a year.");
  });

  it("says when neither parent pays, and when you pay", async () => {
    const app = await openEstimate({ estimate: estimateOf("0.00", { payer: null }) });
    await fillWisconsin(app);
    await waitFor(() =>
      expect(byId("estimate-summary").textContent).toBe("Under this guideline neither parent would pay support."),
    );
    app.backend.setEstimate(estimateOf("89.5", { payer: "a", per: "week" }));
    await app.user.type(byId("income-a"), "1");
    await waitFor(() => expect(byId("estimate-summary").textContent).toBe("You would pay the other parent $89.50 a week."));
  });

  it("shows the worksheet in a collapsed accordion, with a caption and empty cells for null", async () => {
    const app = await openEstimate();
    await fillWisconsin(app);
    const toggle = await screen.findByRole("button", { name: "How this was computed (worksheet)" });
    expect(toggle.closest("#estimate-worksheet")).not.toBeNull();
    const content = byId("estimate-worksheet-content");
    expect(content.hidden).toBe(true);
    toggle.focus();
    await app.user.keyboard(" ");
    expect(content.hidden).toBe(false);
    const table = content.querySelector("table.usa-table");
    expect(table?.querySelector("caption")?.textContent).toBe(
      "The worksheet under Wis. Admin. Code DCF 150, line by line",
    );
    expect([...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.textContent)).toEqual([
      "Line",
      "You",
      "The other parent",
      "Total or value",
      "Rule",
    ]);
    const second = [...(table?.querySelectorAll("tbody tr")[1]?.children ?? [])].map((cell) => cell.textContent);
    expect(second).toEqual(["Percentage for 2 children", "", "", "25%", "DCF 150.03(1)"]);
  });

  it("in Spanish, shows the worksheet and the notes in Spanish, by their keys", async () => {
    const app = await openEstimate({ settings: { language: "es" } });
    expect(h1().textContent).toBe("Calcule la manutención de menores");
    await fillWisconsin(app);
    await waitFor(() =>
      expect(byId("estimate-summary").textContent).toBe("El otro padre o madre le pagaría a usted $375.00 al mes."),
    );
    expect(screen.queryByText(/se muestran en inglés/)).toBeNull();
    const note = byId("estimate-notes").querySelector("p");
    expect(note?.textContent).toBe(
      "El ingreso del otro padre o madre supera $7,000.00 al mes, por lo que a la parte del ingreso que pasa de esa cifra se le aplican los porcentajes más bajos para ingresos altos de DCF 150.04(5). El tribunal puede aplicar en cambio el porcentaje completo ($750.00 al mes para este padre o madre, antes de cualquier paso de colocación compartida).",
    );
    expect(note?.getAttribute("lang")).toBeNull();
    const rows = [...byId("estimate-worksheet-content").querySelectorAll("tbody th")].map((th) => th.textContent);
    expect(rows).toEqual([
      "Ingreso mensual",
      "Porcentaje para 2 hijos",
      "Noches al año",
      "Compensación: el monto mayor menos el menor",
    ]);
    expect(byId("estimate-rules").textContent).toBe(
      "Calculado según Wis. Admin. Code DCF 150, vigente desde el 1 de enero de 2024.",
    );
    expect([...(byId("estimate-jurisdiction") as HTMLSelectElement).options].map((option) => option.textContent)).toContain("Nueva York");
  });

  it.each([
    ["en" as const, "Your income is above $7,000.00 a month", "Percentage for 1 child", "The other parent", "September 1, 2031"],
    ["es" as const, "Su ingreso supera $7,000.00 al mes", "Porcentaje para 1 hijo", "El otro padre o madre", "1 de septiembre de 2031"],
  ])("fills a message's arguments in %s: the parent, a count, money, a date", async (language, income, percentage, parent, date) => {
    const estimate: Estimate = {
      ...MOCK_ESTIMATE,
      worksheet: [
        { key: "common-percentage-for-children", args: { children: "1" }, line: "Percentage for 1 children", a: null, b: null, value: "17%" },
        { key: "tx-obligor", args: { parent: "b" }, line: "Obligor (the parent who pays)", a: null, b: null, value: "parent b" },
      ],
      notes: [
        { key: "wi-high-income", args: { parent: "a", limit: "7000.00", full: "1700.00" }, text: "Parent a's income is above 7000.00 a month" },
        { key: "tx-pending-cap", args: { due: "2031-09-01" }, text: "The Texas net resources cap: a new figure was due on 2031-09-01" },
      ],
    };
    const app = await openEstimate({ settings: { language }, estimate });
    await fillWisconsin(app);
    await waitFor(() => expect(byId("estimate-notes").textContent).toContain(income));
    expect(byId("estimate-notes").textContent).toContain(date);
    const cells = [...byId("estimate-worksheet-content").querySelectorAll("tbody tr")].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(cells[0]?.[0]).toBe(percentage);
    expect(cells[1]?.[3]).toBe(parent);
  });

  it("falls back to the calculator's English, marked as English, for a key it has no message for", async () => {
    const estimate: Estimate = {
      ...MOCK_ESTIMATE,
      worksheet: [{ key: "xx-brand-new", args: {}, line: "A brand new line", a: "1.00", b: null }],
      notes: [{ key: "xx-brand-new-note", args: {}, text: "A brand new note." }],
    };
    const app = await openEstimate({ settings: { language: "es" }, estimate });
    await fillWisconsin(app);
    await waitFor(() => expect(byId("estimate-notes").textContent).toBe("A brand new note."));
    expect(byId("estimate-notes").querySelector("p")?.getAttribute("lang")).toBe("en");
    const th = byId("estimate-worksheet-content").querySelector("tbody th");
    expect(th?.textContent).toBe("A brand new line");
    expect(th?.getAttribute("lang")).toBe("en");
  });

  it("prints with the browser's print dialog", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const app = await openEstimate();
    await fillWisconsin(app);
    await app.user.click(await screen.findByRole("button", { name: "Print or save as PDF" }));
    expect(print).toHaveBeenCalledOnce();
    expect(byId("estimate-printed-facts").textContent).toContain("Gross income (before taxes): You: $2,000.00; The other parent: $3,000.00");
  });
});
