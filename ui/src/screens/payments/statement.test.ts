import { describe, expect, it } from "vitest";
import type { Language } from "../../bindings/Language";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { bundleFor } from "../../test/messageSources";
import { PAYMENT_SOURCES } from "./filters";
import { localDay, statementDocument, statementFileName } from "./statement";
import type { Translate } from "./summary";
import { manyPayments, mockView } from "./testing";

/** The app's own messages, as `useText()` gives them. */
function textIn(language: Language): Translate {
  const bundle = bundleFor(language);
  return (id, vars) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`no message ${id}`);
    return bundle.formatPattern(message.value, vars ?? null);
  };
}

function statementOf(view: PaymentsView, language: Language = "en") {
  return statementDocument(view, language, textIn(language), "2026-06-02");
}

describe("the PDF statement", () => {
  it("says the case, the summary as on screen, and when it was made, in English", async () => {
    const document = statementOf(await mockView());
    expect(document.language).toBe("en");
    expect(document.title).toBe("Payment statement: case C-1001");
    expect(document.lines).toEqual([
      "Case C-1001: you receive support",
      "Owed to you: $1,700.00",
      "Next payment expected: $500.00 on June 1, 2026",
      "Current support due: $450.00",
      "Past-due support (arrears): $1,250.00",
      "Last payment received: $500.00 on April 15, 2026",
      "The agency's figures as of May 31, 2026.",
      "Made on June 2, 2026 with Child Support Self-Service.",
    ]);
    expect(document.page_label).toBe("Page");
    expect(document.footer).toBe("Child Support Self-Service. Our own calculation is a check, not an official balance.");
  });

  it("has every month of the app's own statement, oldest first, with amounts as on screen", async () => {
    const view = await mockView();
    const [months] = statementOf(view).sections;
    expect(months?.heading).toBe("Balance month by month, by our own calculation");
    expect(months?.columns.map((column) => [column.label, column.align])).toEqual([
      ["Month", "left"],
      ["Support due", "right"],
      ["Received", "right"],
      ["Interest charged", "right"],
      ["Past-due at month end", "right"],
    ]);
    expect(months?.rows).toHaveLength(view.statement?.months.length ?? -1);
    expect(months?.rows[0]?.[0]).toBe("January 2024");
    // The same figures as the screen's table shows for May 2026.
    const may = months?.rows.find((cells) => cells[0]?.startsWith("May 2026"));
    expect([may?.[1], may?.[2], may?.[4]]).toEqual(["$450.00", "$0.00", "$1,250.00"]);
  });

  it("lists every payment, newest first, with how it was applied and when it was paid out", async () => {
    const view = await mockView();
    const [, payments] = statementOf(view).sections;
    expect(payments?.heading).toBe("Payments received, newest first");
    expect(payments?.columns.map((column) => column.label)).toEqual([
      "Received",
      "Amount",
      "Source",
      "Current",
      "Past-due",
      "Interest",
      "Fees",
      "Paid out",
    ]);
    expect(payments?.rows).toHaveLength(view.payments.length);
    const first = view.payments[0];
    expect(payments?.rows[0]?.slice(0, 3)).toEqual(["Apr 15, 2026", "$500.00", "Wage withholding"]);
    expect(first?.amount).toBe("500.00");
    const offset = view.payments.findIndex((payment) => payment.source === "state_tax_offset");
    expect(payments?.rows[offset]).toEqual(["Jul 8, 2025", "$38.00", "State tax refund", "$0.00", "$38.00", "$0.00", "$0.00", "Jul 24, 2025"]);
    expect(payments?.empty).toBe("No payments yet.");
  });

  it("is in Spanish too", async () => {
    const document = statementOf(await mockView(), "es");
    expect(document.language).toBe("es");
    expect(document.title).toBe("Estado de cuenta de pagos: caso C-1001");
    expect(document.lines[0]).toBe("Caso C-1001: usted recibe manutención");
    expect(document.lines[1]).toBe("Se le debe: $1,700.00");
    expect(document.lines.at(-1)).toBe("Preparado el 2 de junio de 2026 con Autoservicio de Manutención de Menores.");
    expect(document.page_label).toBe("Página");
    expect(document.sections[0]?.rows[0]?.[0]).toBe("enero de 2024");
    expect(document.sections[1]?.rows[0]?.slice(0, 3)).toEqual(["15 abr 2026", "$500.00", "Retención de salario"]);
  });

  it("says why there are no months when the account couldn't be worked or has no order, and when there are no payments", async () => {
    const view = await mockView();
    const failed = statementOf({ ...view, statement: null, ledger_error: { code: "internal", message: "no" }, payments: [] });
    expect(failed.sections[0]?.rows).toEqual([]);
    expect(failed.sections[0]?.empty).toBe("We couldn't do our own calculation for this case.");
    expect(failed.sections[1]?.rows).toEqual([]);
    expect(failed.lines).toContain("Last payment received: None yet");
    const noOrder = statementOf({ ...view, statement: null, ledger_error: null });
    expect(noOrder.sections[0]?.empty).toBe("This case has no support order yet, so there is nothing to check.");
  });

  it.each(["en", "es"] as const)("names every payment source in %s, in words that fit its column", async (language) => {
    const view = await mockView();
    const payments = manyPayments(PAYMENT_SOURCES.length).map((payment, index) => ({ ...payment, source: PAYMENT_SOURCES[index] ?? payment.source }));
    const names = statementOf({ ...view, payments }, language).sections[1]?.rows.map((cells) => cells[2] ?? "") ?? [];
    expect(names).toHaveLength(PAYMENT_SOURCES.length);
    // Helvetica at 9 points averages under 5 points a character: 20 fit in the source column.
    for (const name of names) expect(name.length).toBeLessThanOrEqual(20);
  });

  it("has a row per payment however many there are", async () => {
    const view = await mockView();
    const document = statementOf({ ...view, payments: manyPayments(10_000) });
    expect(document.sections[1]?.rows).toHaveLength(10_000);
  });

  it("names its file after the case, safely", () => {
    expect(statementFileName("C-1001")).toBe("statement-C-1001.pdf");
    expect(statementFileName("../C 7")).toBe("statement-___C_7.pdf");
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
