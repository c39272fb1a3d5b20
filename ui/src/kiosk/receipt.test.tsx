import { waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MOCK_KIOSK } from "../backend/mock";
import { completeForm } from "../test/application";
import { dateTimeOf, signedIn } from "../test/account";
import { openKioskVisit, type KioskOptions } from "../test/kiosk";
import { byId, type RenderedApp } from "../test/renderApp";
import { draftOf, openApply, polyfillCssEscape } from "../screens/apply/testing";
import { fillWisconsin } from "../screens/estimate/testing";
import { fillIncomes, savedCases } from "../screens/modify/testing";
import { PRINTING_RECEIPT } from "./Receipt";

vi.mock("./reload", () => ({ reloadToWelcome: vi.fn() }));

beforeAll(polyfillCssEscape);

/** Submits an application from its review step on a kiosk and waits for the agency's number. */
async function applied(options: KioskOptions = {}): Promise<RenderedApp> {
  const app = await openKioskVisit(
    { session: signedIn(false), applicationDraft: draftOf(completeForm(), 7), kiosk: { printing: true }, ...options },
    "apply",
  );
  await app.user.click(await waitFor(() => byId("apply-submit")));
  await waitFor(() => expect(byId("apply-confirmation").dataset.state).toBe("delivered"));
  return app;
}

function facts(): [string, string][] {
  return Array.from(byId("kiosk-receipt").querySelectorAll("dt")).map((dt) => [dt.textContent ?? "", dt.nextElementSibling?.textContent ?? ""]);
}

describe("receipts on a kiosk that allows printing", () => {
  it("prints the application's receipt alone: what, number, date, office and first name, nothing else about the visitor", async () => {
    const app = await applied();
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    let printedAlone = false;
    const printReceipt = app.backend.printReceipt.bind(app.backend);
    app.backend.printReceipt = async () => {
      // What is printed, at the moment it is printed: the receipt alone.
      printedAlone = document.documentElement.classList.contains(PRINTING_RECEIPT);
      return printReceipt();
    };
    const button = byId("kiosk-print-receipt");
    expect(button.textContent).toBe("Print a receipt");
    expect(byId(button.getAttribute("aria-describedby") ?? "").textContent).toContain("your first name");

    const [item] = await app.backend.outbox();
    if (item?.state.state !== "delivered") throw new Error("not delivered");
    const receipt = byId("kiosk-receipt");
    // Outside the app's root: never on screen, printed alone.
    expect(receipt.parentElement).toBe(document.body);
    expect(receipt.dataset.page).toBe("apply");
    expect(facts()).toEqual([
      ["Submitted", "Application for child support services"],
      ["Confirmation number", "AP-000001"],
      ["Date", dateTimeOf(item.state.at)],
      ["Office", MOCK_KIOSK.office_name],
      ["Name", "Maria"],
    ]);
    const text = receipt.textContent ?? "";
    for (const secret of ["Lopez", "123-45-6789", "6789", "12 Elm St", "Madison", "53703", "$", "James", "Sofia"]) {
      expect(text, secret).not.toContain(secret);
    }

    await app.user.click(button);
    await waitFor(() => expect(byId("kiosk-print-status").dataset.state).toBe("printed"));
    expect(byId("kiosk-print-status").textContent).toBe("Your receipt was printed. Please take it from the printer.");
    expect(app.backend.calls.filter((call) => call.method === "printReceipt")).toHaveLength(1);
    expect(printedAlone).toBe(true);
    // By the shell, on the office's printer: never the web view's print dialog.
    expect(print).not.toHaveBeenCalled();
    expect(document.documentElement.classList.contains(PRINTING_RECEIPT)).toBe(false);
  });

  it("says so when the receipt could not be printed, and lets the visitor try again", async () => {
    const app = await applied({ failures: { printReceipt: { code: "internal", message: "out of paper" } } });
    await app.user.click(byId("kiosk-print-receipt"));
    await waitFor(() => expect(byId("kiosk-print-status").dataset.state).toBe("failed"));
    expect(byId("kiosk-print-status").getAttribute("role")).toBe("status");
    expect(byId("kiosk-print-status").textContent).toBe(
      "The receipt could not be printed. Please ask the office's staff for help.",
    );
    expect((byId("kiosk-print-receipt") as HTMLButtonElement).disabled).toBe(false);
    expect(document.documentElement.classList.contains(PRINTING_RECEIPT)).toBe(false);
  });

  it("words the receipt in Spanish", async () => {
    await applied({ settings: { language: "es" } });
    expect(byId("kiosk-print-receipt").textContent).toBe("Imprimir un recibo");
    expect(facts().map(([term]) => term)).toEqual(["Presentado", "Número de confirmación", "Fecha", "Oficina", "Nombre"]);
    expect(facts()[0]?.[1]).toBe("Solicitud de servicios de manutención de menores");
  });

  it("prints a modification request's receipt too", async () => {
    const app = await openKioskVisit({ session: signedIn(false), saved: savedCases(), kiosk: { printing: true } }, "modify");
    await waitFor(() => byId("modify-order"));
    await app.user.click(byId("modify-reason-income_change"));
    await app.user.type(byId("modify-details"), "I started a new job that pays less.");
    await fillIncomes(app);
    await waitFor(() => expect(byId("modify-verdict")).toBeTruthy());
    await app.user.click(byId("modify-submit"));
    await waitFor(() => expect(byId("modify-confirmation").dataset.state).toBe("delivered"));
    expect(byId("kiosk-print-receipt")).toBeTruthy();
    expect(facts().slice(0, 2)).toEqual([
      ["Submitted", "Request to review a support order"],
      ["Confirmation number", "MR-000001"],
    ]);
  });

  it("is gone with the confirmation, and takes the print mode with it", async () => {
    const app = await applied();
    app.backend.printReceipt = () => new Promise(() => {});
    await app.user.click(byId("kiosk-print-receipt"));
    expect(document.documentElement.classList.contains(PRINTING_RECEIPT)).toBe(true);
    await app.user.click(byId("kiosk-end-visit"));
    await waitFor(() => byId("kiosk-ending"));
    expect(document.getElementById("kiosk-receipt")).toBeNull();
    expect(document.documentElement.classList.contains(PRINTING_RECEIPT)).toBe(false);
  });
});

describe("printing on a kiosk that doesn't allow it", () => {
  it("offers no receipt", async () => {
    await applied({ kiosk: { printing: false } });
    expect(document.getElementById("kiosk-print-receipt")).toBeNull();
    expect(document.getElementById("kiosk-receipt")).toBeNull();
  });

  it("offers no print of an estimate either, where a kiosk that allows printing does", async () => {
    for (const printing of [false, true]) {
      const app = await openKioskVisit({ kiosk: { printing } }, "estimate");
      await waitFor(() => expect(byId("estimate-jurisdiction")).toBeTruthy());
      await fillWisconsin(app);
      await waitFor(() => expect(document.getElementById("estimate-printed-facts")).not.toBeNull());
      expect(document.getElementById("estimate-print") !== null, `printing = ${printing}`).toBe(printing);
      app.unmount();
    }
  });
});

describe("receipts at home", () => {
  it("are not offered: the parent has the app", async () => {
    const app = await openApply({ session: signedIn(), applicationDraft: draftOf(completeForm(), 7) }, "apply-submit");
    await app.user.click(byId("apply-submit"));
    await waitFor(() => expect(byId("apply-confirmation").dataset.state).toBe("delivered"));
    expect(document.getElementById("kiosk-print-receipt")).toBeNull();
  });
});
