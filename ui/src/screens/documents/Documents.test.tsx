import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_CASES, MOCK_FILE_SIZE, MOCK_PICKED_FILE } from "../../backend/mock";
import { earlierToday, idleAsOf, outboxItem, signedIn, timeOf } from "../../test/account";
import { byId, h1, renderApp } from "../../test/renderApp";
import { announced, documentElement, documentsShown, newestUpload, openDocuments, uploadElement, uploadsShown } from "./testing";

function field(id: string): HTMLSelectElement {
  return byId(id) as HTMLSelectElement;
}

function calls<M extends string>(app: { backend: { calls: { method: string }[] } }, method: M) {
  return app.backend.calls.filter((call) => call.method === method);
}

const UNREACHABLE = { state: "unreachable", url: "http://127.0.0.1:8080", error: { code: "agency_unreachable", message: "down" } } as const;

describe("the Documents screen, signed out", () => {
  it("invites the parent to sign in, then shows the case with its heading focused", async () => {
    window.history.replaceState(null, "", "#/documents");
    const { user } = await renderApp({ autoSync: true });
    expect(h1().textContent).toBe("Your documents");
    const prompt = await screen.findByText("Sign in to send documents to the agency and see whether it received them.");
    expect(prompt.closest("#sign-in-prompt")).not.toBeNull();
    expect(document.getElementById("document-choose")).toBeNull();

    await user.click(byId("documents-sign-in"));
    await waitFor(() => expect(byId("documents-case-heading").textContent).toBe("Case C-1001"));
    await waitFor(() => expect(document.activeElement).toBe(byId("documents-case-heading")));
    await waitFor(() => expect(documentsShown()).toEqual([["DOC-000102", "rejected"], ["DOC-000101", "accepted"]]));
  });

  it("speaks Spanish before sign-in too", async () => {
    window.history.replaceState(null, "", "#/documents");
    await renderApp({ settings: { language: "es" } });
    expect(h1().textContent).toBe("Sus documentos");
    await screen.findByText("Inicie sesión para enviar documentos a la agencia y ver si los recibió.");
  });
});

describe("the case and its documents", () => {
  it("offers the cases, says what the agency takes, and lists what was sent, newest first", async () => {
    const app = await openDocuments();
    const picker = field("documents-case");
    expect(Array.from(picker.options).map((option) => option.textContent)).toEqual([
      "Case C-1001: you receive support",
      "Case C-1003: you pay support",
    ]);
    expect(byId("document-accepted").textContent).toBe("PDF, JPEG or PNG, up to 25 MB");
    expect(byId("document-choose").getAttribute("aria-describedby")).toBe("document-accepted");
    expect(byId("sync-status").dataset.phase).toBe("idle");
    expect(byId("documents-as-of").textContent).toMatch(/^Review status as of /);

    expect(documentsShown()).toEqual([
      ["DOC-000102", "rejected"],
      ["DOC-000101", "accepted"],
    ]);
    const rejected = documentElement("DOC-000102");
    expect(within(rejected).getByRole("heading", { level: 3 }).textContent).toBe("Proof of expenses (like child care or medical bills)");
    const facts = Array.from(rejected.querySelectorAll(".app-case__fact")).map((fact) => [
      fact.querySelector("dt")?.textContent,
      fact.querySelector("dd")?.textContent,
    ]);
    expect(facts).toEqual([
      ["File", "child-care-receipt.jpg"],
      ["Sent", "May 12, 2026"],
      ["Size", "1.5 MB"],
      ["Review", "Rejected"],
    ]);
    expect(byId("document-reason-DOC-000102").textContent).toBe(
      "Why: The receipt is cut off: the provider's name and the dates can't be read. Please send a picture of the whole page.",
    );
    expect(byId("document-replace-DOC-000102").textContent).toBe("Send a replacement");
    expect(document.getElementById("document-replace-DOC-000101")).toBeNull();
    expect(byId("document-status-DOC-000101").textContent).toBe("Accepted");
    expect(documentElement("DOC-000101").textContent).toContain("116 kB");
    expect(byId("uploads-none").textContent).toBe("Nothing is being sent right now.");

    await app.user.selectOptions(picker, "C-1003");
    await waitFor(() => expect(byId("documents-case-heading").textContent).toBe("Case C-1003"));
    await waitFor(() => expect(byId("documents-none").textContent).toBe("You haven't sent any documents on this case yet."));
    expect(app.backend.calls).toContainEqual({ method: "caseDocuments", caseId: "C-1003" });
  });

  it("has no picker with one case", async () => {
    await openDocuments({ session: signedIn(), saved: { cases: MOCK_CASES.slice(1), as_of: earlierToday() } });
    expect(document.getElementById("documents-case")).toBeNull();
    expect(byId("documents-case-heading").textContent).toBe("Case C-1003");
  });

  it("says when there is no case yet", async () => {
    window.history.replaceState(null, "", "#/documents");
    await renderApp({ session: signedIn(), saved: { cases: [], as_of: earlierToday() } });
    expect((await screen.findByText("No cases yet")).id).toBe("documents-no-cases");
    expect(document.getElementById("document-choose")).toBeNull();
  });

  it("says the documents may be out of date when the agency can't be reached", async () => {
    const asOf = earlierToday();
    const app = await openDocuments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: asOf }, agency: UNREACHABLE });
    act(() => app.backend.setSync({ phase: "offline", as_of: asOf, done: 0, total: 0, error: { code: "agency_unreachable", message: "down" } }));
    await waitFor(() => expect(byId("sync-status").dataset.phase).toBe("offline"));
    expect(byId("sync-status").textContent).toBe(`You're offline. Showing what the app saved as of ${timeOf(asOf)}.`);
    expect(byId("documents-as-of").textContent).toBe(`Review status as of ${timeOf(asOf)}.`);
    expect(documentsShown()).toHaveLength(2);
  });

  it("reads the documents again when a sync finishes", async () => {
    const app = await openDocuments();
    app.backend.setAgencyDocuments({ "C-1001": [] });
    await act(async () => {
      await app.backend.syncNow();
    });
    await waitFor(() => expect(byId("documents-none")).toBeTruthy());
  });
});

describe("sending a document", () => {
  it("needs the kind of document first, and says so at the select, with focus on it", async () => {
    const app = await openDocuments();
    await app.user.click(byId("document-choose"));
    const select = field("document-type");
    expect(document.activeElement).toBe(select);
    expect(select.getAttribute("aria-invalid")).toBe("true");
    expect(select.getAttribute("aria-describedby")).toBe("document-type-error");
    expect(select.required).toBe(true);
    expect(byId("document-type-error").textContent).toBe("Choose what kind of document this is");
    expect(byId("document-type-error").dataset.problem).toBe("required");
    expect(select.closest(".usa-form-group")?.classList.contains("usa-form-group--error")).toBe(true);
    expect(calls(app, "pickDocument")).toEqual([]);

    await app.user.selectOptions(select, "pay_stub");
    expect(document.getElementById("document-type-error")).toBeNull();
    expect(select.getAttribute("aria-invalid")).toBeNull();
  });

  it("sends a PDF: listed under Sending with its progress, then under Sent documents once received", async () => {
    const app = await openDocuments({ delivery: "manual" });
    await app.user.selectOptions(field("document-type"), "pay_stub");
    await app.user.click(byId("document-choose"));

    await waitFor(() => expect(uploadsShown()).toHaveLength(1));
    expect(calls(app, "pickDocument")).toEqual([{ method: "pickDocument", title: "Choose a document to send", filterName: "Documents (PDF, JPEG, PNG)" }]);
    expect(calls(app, "addDocument")).toEqual([
      { method: "addDocument", caseId: "C-1001", path: MOCK_PICKED_FILE, documentType: "pay_stub", replaces: null },
    ]);
    const id = await newestUpload(app.backend);
    expect(uploadsShown()).toEqual([[id, "queued"]]);
    expect(document.getElementById("uploads-none")).toBeNull();
    expect(document.activeElement).toBe(byId("document-choose"));
    await waitFor(() => expect(announced()).toBe("pay-stub-may-2026.pdf was added. It will be sent now."));
    const item = uploadElement(id);
    expect(byId(`upload-${id}-name`).textContent).toBe("pay-stub-may-2026.pdf");
    expect(item.querySelector(".app-upload__about")?.textContent).toBe("Pay stub · 240 kB");
    expect(byId(`upload-state-${id}`).textContent).toBe("Waiting to send");
    const bar = byId(`upload-progress-${id}`) as HTMLProgressElement;
    expect(bar.tagName).toBe("PROGRESS");
    expect(bar.getAttribute("aria-label")).toBe("Sending pay-stub-may-2026.pdf");
    expect(bar.value).toBe(0);
    expect(bar.max).toBe(MOCK_FILE_SIZE);
    expect(byId(`upload-amount-${id}`).textContent).toBe("0 bytes of 240 kB sent (0%)");
    expect(document.getElementById(`upload-removed-${id}`)).toBeNull();

    // 1.2 MB/s, two minutes left (as the backend measures it).
    act(() => app.backend.progressUpload(id, 61_440, 1_258_291));
    await waitFor(() => expect(uploadElement(id).dataset.state).toBe("sending"));
    await waitFor(() => expect(bar.value).toBe(61_440));
    expect(byId(`upload-state-${id}`).textContent).toBe("Sending…");
    expect(byId(`upload-amount-${id}`).textContent).toBe("60 kB of 240 kB sent (25%)");
    expect(byId(`upload-speed-${id}`).textContent).toBe("1.2 MB/s");
    expect(byId(`upload-left-${id}`).textContent).toBe("less than a minute left");
    await waitFor(() => expect(announced()).toBe("pay-stub-may-2026.pdf: 25% sent"));

    // Not every tick: nothing new until the next quarter.
    act(() => app.backend.progressUpload(id, 100_000, 500));
    expect(byId(`upload-left-${id}`).textContent).toBe("about 5 minutes left");
    expect(announced()).toBe("pay-stub-may-2026.pdf: 25% sent");
    act(() => app.backend.progressUpload(id, 130_000, 500));
    expect(announced()).toBe("pay-stub-may-2026.pdf: 50% sent");

    act(() => app.backend.deliverOutboxItem(id));
    await waitFor(() => expect(uploadsShown()).toEqual([]));
    expect(byId("uploads-none")).toBeTruthy();
    await waitFor(() => expect(announced()).toBe("The agency received pay-stub-may-2026.pdf."));
    // The sync after the delivery brings the document.
    await waitFor(() => expect(documentsShown()[0]).toEqual(["DOC-000001", "received"]));
    const sent = documentElement("DOC-000001");
    expect(within(sent).getByRole("heading").textContent).toBe("Pay stub");
    expect(sent.textContent).toContain("pay-stub-may-2026.pdf");
    expect(byId("document-status-DOC-000001").textContent).toBe("Received");
  });

  it("refuses a program with the backend's reason, read out, with focus on it", async () => {
    const app = await openDocuments({ pickDocument: "/home/maria/Downloads/setup.exe" });
    await app.user.selectOptions(field("document-type"), "other");
    await app.user.click(byId("document-choose"));
    const error = await waitFor(() => byId("document-file-error"));
    expect(error.dataset.problem).toBe("unsupported");
    expect(error.getAttribute("role")).toBe("alert");
    expect(document.activeElement).toBe(error);
    expect(error.textContent).toBe("setup.exe can't be sent This kind of file can't be sent. Send a PDF, or a picture saved as JPEG or PNG.");
    expect(uploadsShown()).toEqual([]);

    // A good file next: the problem goes away.
    app.backend.setPickedFile("/home/maria/letter.pdf");
    await app.user.click(byId("document-choose"));
    await waitFor(() => expect(uploadsShown()).toHaveLength(1));
    expect(document.getElementById("document-file-error")).toBeNull();
  });

  it.each([
    ["too_large", "/scan.pdf", 30 * 1024 * 1024, "This file is too big: the largest file you can send is 25 MB."],
    ["heic", "/IMG_0042.HEIC", 1000, "This picture is in HEIC format"],
    ["empty", "/empty.pdf", 0, "This file is empty. Choose another file."],
  ])("says why a file is refused: %s", async (problem, path, size, text) => {
    const app = await openDocuments({ pickDocument: path, files: { [path]: size } });
    await app.user.selectOptions(field("document-type"), "tax_return");
    await app.user.click(byId("document-choose"));
    const error = await waitFor(() => byId("document-file-error"));
    expect(error.dataset.problem).toBe(problem);
    expect(error.textContent).toContain(text);
  });

  it("falls back to the backend's own words for a reason it doesn't know", async () => {
    const app = await openDocuments({
      failures: { addDocument: { code: "invalid_input", message: "The scanner made something odd.", field: "file", reason: "odd" } },
    });
    await app.user.selectOptions(field("document-type"), "other");
    await app.user.click(byId("document-choose"));
    const error = await waitFor(() => byId("document-file-error"));
    expect(error.dataset.problem).toBe("odd");
    expect(error.textContent).toBe("pay-stub-may-2026.pdf can't be sent The scanner made something odd.");
  });

  it("does nothing when the file dialog is closed", async () => {
    const app = await openDocuments({ pickDocument: null });
    await app.user.selectOptions(field("document-type"), "pay_stub");
    await app.user.click(byId("document-choose"));
    await waitFor(() => expect(calls(app, "pickDocument")).toHaveLength(1));
    expect(calls(app, "addDocument")).toEqual([]);
    expect(document.activeElement).toBe(byId("document-choose"));
  });

  it("takes files dropped onto the window, and shows them over the drop zone", async () => {
    const app = await openDocuments({ delivery: "manual" });
    const zone = byId("document-drop");
    expect(zone.dataset.over).toBe("false");
    expect(zone.textContent).toContain("Or drag a file from your computer and drop it anywhere on this window.");
    act(() => app.backend.fileDrop({ type: "over" }));
    expect(zone.dataset.over).toBe("true");
    expect(zone.classList.contains("app-drop--over")).toBe(true);
    act(() => app.backend.fileDrop({ type: "leave" }));
    expect(zone.dataset.over).toBe("false");

    // Without a kind, nothing is sent: the select says so.
    act(() => app.backend.fileDrop({ type: "drop", paths: ["/home/maria/a.pdf"] }));
    await waitFor(() => expect(document.activeElement).toBe(byId("document-type")));
    expect(calls(app, "addDocument")).toEqual([]);

    await app.user.selectOptions(field("document-type"), "court_order");
    act(() => app.backend.fileDrop({ type: "drop", paths: ["/home/maria/order.pdf", "/home/maria/order-page-2.png"] }));
    await waitFor(() => expect(uploadsShown()).toHaveLength(2));
    expect(calls(app, "addDocument").map((call) => ("path" in call ? call.path : null))).toEqual([
      "/home/maria/order.pdf",
      "/home/maria/order-page-2.png",
    ]);
    await waitFor(() => expect(announced()).toBe("order.pdf, order-page-2.png was added. It will be sent now."));
  });

  it("says what was removed from a photo", async () => {
    const app = await openDocuments({ delivery: "manual", pickDocument: "/home/maria/receipt.jpg" });
    await app.user.selectOptions(field("document-type"), "proof_of_expenses");
    await app.user.click(byId("document-choose"));
    await waitFor(() => expect(uploadsShown()).toHaveLength(1));
    const id = await newestUpload(app.backend);
    expect(byId(`upload-removed-${id}`).textContent).toBe(
      "Location information was removed from this photo. Camera and other hidden information was removed.",
    );
  });

  it("says an upload waits for the agency, and when it tries again", async () => {
    const app = await openDocuments({ agency: UNREACHABLE });
    await app.user.selectOptions(field("document-type"), "pay_stub");
    await app.user.click(byId("document-choose"));
    const id = await waitFor(async () => newestUpload(app.backend));
    await waitFor(() => expect(uploadElement(id).querySelector(".app-upload__details")).not.toBeNull());
    expect(uploadElement(id).dataset.state).toBe("queued");
    const details = uploadElement(id).querySelector(".app-upload__details")?.textContent ?? "";
    expect(details).toMatch(/^Will try again at .+\. Last try: Can't reach the agency right now\. Please try again later\.$/);
  });

  it("offers Try again for an upload the agency refused", async () => {
    const app = await openDocuments({ delivery: "manual" });
    await app.user.selectOptions(field("document-type"), "pay_stub");
    await app.user.click(byId("document-choose"));
    const id = await waitFor(async () => newestUpload(app.backend));
    act(() => app.backend.failOutboxItem(id, { code: "agency_error", message: "refused" }));
    await waitFor(() => expect(uploadElement(id).dataset.state).toBe("failed"));
    expect(byId(`upload-state-${id}`).textContent).toBe("Not accepted: The agency couldn't finish your request. Please try again later.");
    await waitFor(() => expect(announced()).toBe("pay-stub-may-2026.pdf wasn't accepted."));
    await app.user.click(byId(`upload-retry-${id}`));
    expect(app.backend.calls).toContainEqual({ method: "retryOutboxItem", id });
  });
});

describe("an upload on its way", () => {
  async function sending(options = {}) {
    const app = await openDocuments({ delivery: "manual", ...options });
    await app.user.selectOptions(field("document-type"), "pay_stub");
    await app.user.click(byId("document-choose"));
    const id = await waitFor(async () => newestUpload(app.backend));
    act(() => app.backend.progressUpload(id, 120_000, 100_000));
    await waitFor(() => expect(uploadElement(id).dataset.state).toBe("sending"));
    return { app, id };
  }

  it("pauses and resumes, with focus staying on the button", async () => {
    const { app, id } = await sending();
    const button = byId(`upload-pause-${id}`);
    expect(button.textContent).toBe("Pause");
    expect(button.getAttribute("aria-describedby")).toBe(`upload-${id}-name`);
    await app.user.click(button);
    await waitFor(() => expect(uploadElement(id).dataset.state).toBe("paused"));
    expect(app.backend.calls).toContainEqual({ method: "pauseUpload", id });
    expect(button.id).toBe(`upload-resume-${id}`);
    expect(button.textContent).toBe("Resume");
    expect(document.activeElement).toBe(button);
    expect(byId(`upload-state-${id}`).textContent).toBe("Paused. Nothing more is sent until you resume it.");
    expect(byId(`upload-amount-${id}`).textContent).toBe("117 kB of 240 kB sent (48%)");
    expect(document.getElementById(`upload-speed-${id}`)).toBeNull();
    await waitFor(() => expect(announced()).toBe("pay-stub-may-2026.pdf is paused."));

    await app.user.click(button);
    await waitFor(() => expect(uploadElement(id).dataset.state).toBe("queued"));
    expect(app.backend.calls).toContainEqual({ method: "resumeUpload", id });
    expect(button.id).toBe(`upload-pause-${id}`);
    expect(document.activeElement).toBe(button);
    await waitFor(() => expect(announced()).toBe("pay-stub-may-2026.pdf will be sent again."));
  });

  it("cancels only after a yes, then focus goes to the list's heading", async () => {
    const { app, id } = await sending();
    await app.user.click(byId(`upload-cancel-${id}`));
    const question = byId(`upload-cancel-question-${id}`);
    expect(document.activeElement).toBe(question);
    expect(question.textContent).toBe(
      "Stop sending pay-stub-may-2026.pdf? The app deletes its copy. The file on your computer stays as it is.",
    );
    await app.user.click(byId(`upload-cancel-keep-${id}`));
    expect(document.activeElement).toBe(byId(`upload-cancel-${id}`));
    expect(calls(app, "cancelUpload")).toEqual([]);

    await app.user.click(byId(`upload-cancel-${id}`));
    await app.user.click(byId(`upload-cancel-confirm-${id}`));
    await waitFor(() => expect(uploadsShown()).toEqual([]));
    expect(calls(app, "cancelUpload")).toEqual([{ method: "cancelUpload", id }]);
    expect(await app.backend.outbox()).toEqual([]);
    expect(document.activeElement).toBe(byId("uploads-heading"));
    await waitFor(() => expect(announced()).toBe("pay-stub-may-2026.pdf won't be sent."));
  });

  it("says when pausing didn't work", async () => {
    const { app, id } = await sending({ failures: { pauseUpload: { code: "storage", message: "disk" } } });
    await app.user.click(byId(`upload-pause-${id}`));
    await waitFor(() => byId(`upload-error-${id}`));
    expect(byId(`upload-error-${id}`).getAttribute("role")).toBe("alert");
    expect(uploadElement(id).dataset.state).toBe("sending");
  });
});

describe("with the keyboard alone", () => {
  it("chooses the kind, sends a file, pauses it and cancels it", async () => {
    const app = await openDocuments({ delivery: "manual" });
    const select = field("document-type");
    select.focus();
    await app.user.selectOptions(select, "pay_stub");
    await app.user.tab();
    expect(document.activeElement).toBe(byId("document-choose"));
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(uploadsShown()).toHaveLength(1));
    const id = await newestUpload(app.backend);

    // On through the upload's buttons.
    for (let presses = 0; document.activeElement?.id !== `upload-pause-${id}`; presses++) {
      expect(presses, "Tab never reached Pause").toBeLessThan(10);
      await app.user.tab();
    }
    await app.user.keyboard(" ");
    await waitFor(() => expect(uploadElement(id).dataset.state).toBe("paused"));
    await app.user.tab();
    expect(document.activeElement?.id).toBe(`upload-cancel-${id}`);
    await app.user.keyboard("{Enter}");
    expect(document.activeElement?.id).toBe(`upload-cancel-question-${id}`);
    await app.user.tab();
    expect(document.activeElement?.id).toBe(`upload-cancel-confirm-${id}`);
    await app.user.keyboard("{Enter}");
    await waitFor(() => expect(uploadsShown()).toEqual([]));
    expect(document.activeElement).toBe(byId("uploads-heading"));
  });
});

describe("replacing a rejected document", () => {
  it("opens the dialog and sends the new file as its replacement, of the same kind", async () => {
    const app = await openDocuments({ delivery: "manual", pickDocument: "/home/maria/receipt-whole-page.png" });
    await app.user.click(byId("document-replace-DOC-000102"));
    await waitFor(() => expect(uploadsShown()).toHaveLength(1));
    expect(calls(app, "pickDocument")).toEqual([
      { method: "pickDocument", title: "Choose a replacement for child-care-receipt.jpg", filterName: "Documents (PDF, JPEG, PNG)" },
    ]);
    expect(calls(app, "addDocument")).toEqual([
      {
        method: "addDocument",
        caseId: "C-1001",
        path: "/home/maria/receipt-whole-page.png",
        documentType: "proof_of_expenses",
        replaces: "DOC-000102",
      },
    ]);
    const id = await newestUpload(app.backend);
    expect(uploadElement(id).querySelector(".app-upload__replaces")?.textContent).toBe("Replaces child-care-receipt.jpg");
    // Its button is gone: focus goes to the replacement on its way.
    expect(document.getElementById("document-replace-DOC-000102")).toBeNull();
    expect(documentElement("DOC-000102").textContent).toContain("A replacement is being sent.");
    await waitFor(() => expect(document.activeElement).toBe(byId(`upload-${id}-name`)));

    act(() => app.backend.deliverOutboxItem(id));
    await waitFor(() => expect(documentsShown()[0]).toEqual(["DOC-000001", "received"]));
    expect(documentElement("DOC-000001").querySelector(".app-document__replaces")?.textContent).toBe("Replaces child-care-receipt.jpg");
    expect(documentElement("DOC-000102").querySelector(".app-document__replaced")?.textContent).toBe("Replaced by receipt-whole-page.png");
  });

  it("says at the document why a replacement was refused", async () => {
    const app = await openDocuments({ pickDocument: "/home/maria/receipt.heic" });
    await app.user.click(byId("document-replace-DOC-000102"));
    const error = await waitFor(() => byId("document-file-error"));
    expect(error.closest("li")).toBe(documentElement("DOC-000102"));
    expect(error.dataset.problem).toBe("heic");
    expect(document.activeElement).toBe(error);
    expect(byId("document-replace-DOC-000102")).toBeTruthy();
  });
});

describe("in Spanish", () => {
  it("says everything in Spanish", async () => {
    const app = await openDocuments({ settings: { language: "es" }, delivery: "manual", pickDocument: "/home/maria/foto.jpg" });
    expect(h1().textContent).toBe("Sus documentos");
    expect(byId("documents-send-heading").textContent).toBe("Enviar un documento");
    expect(byId("document-accepted").textContent).toBe("PDF, JPEG o PNG, de hasta 25 MB");
    expect(byId("document-choose").textContent).toBe("Elegir un archivo…");
    expect(Array.from(field("document-type").options).map((option) => option.textContent)).toEqual([
      "- Seleccione -",
      "Talón de pago",
      "Declaración de impuestos",
      "Comprobante de gastos (como cuidado infantil o gastos médicos)",
      "Orden judicial",
      "Acta de nacimiento",
      "Identificación con foto",
      "Otra cosa",
    ]);
    expect(byId("document-status-DOC-000102").textContent).toBe("Rechazado");
    expect(byId("document-replace-DOC-000102").textContent).toBe("Enviar un reemplazo");
    expect(documentElement("DOC-000102").textContent).toContain("12 de mayo de 2026");
    expect(byId("uploads-none").textContent).toBe("No se está enviando nada en este momento.");

    await app.user.click(byId("document-choose"));
    expect(byId("document-type-error").textContent).toBe("Elija qué tipo de documento es");
    await app.user.selectOptions(field("document-type"), "proof_of_expenses");
    await app.user.click(byId("document-choose"));
    const id = await waitFor(async () => newestUpload(app.backend));
    await waitFor(() => expect(uploadsShown()).toHaveLength(1));
    expect(byId(`upload-removed-${id}`).textContent).toBe(
      "Se quitó de esta foto la información del lugar donde se tomó. Se quitó la información de la cámara y otra información oculta.",
    );
    act(() => app.backend.progressUpload(id, 200_000, 1000));
    await waitFor(() => expect(byId(`upload-left-${id}`).textContent).toBe("queda menos de un minuto"));
    expect(byId(`upload-pause-${id}`).textContent).toBe("Pausar");
    expect(announced()).toBe("foto.jpg: 75% enviado");

    app.backend.setPickedFile("/home/maria/programa.exe");
    await app.user.click(byId("document-choose"));
    const error = await waitFor(() => byId("document-file-error"));
    expect(error.textContent).toBe("No se puede enviar programa.exe No se puede enviar este tipo de archivo. Envíe un PDF, o una imagen guardada como JPEG o PNG.");
  });
});

describe("coming and going", () => {
  it("drops the case on sign-out", async () => {
    const app = await openDocuments();
    await act(async () => {
      await app.backend.signOut();
    });
    await waitFor(() => expect(document.getElementById("documents-case-heading")).toBeNull());
    expect(byId("documents-sign-in")).toBeTruthy();
  });

  it("shows an upload already on its way when the screen opens", async () => {
    const upload = {
      file_name: "w2-2025.pdf",
      content_type: "application/pdf",
      size: 2_000_000,
      document_type: "tax_return" as const,
      replaces: null,
      sent: 500_000,
      removed: [],
    };
    const app = await openDocuments({ outbox: [outboxItem("OB-9", { state: "paused" }, { kind: "document_attachment", upload })] });
    await waitFor(() => expect(uploadsShown()).toEqual([["OB-9", "paused"]]));
    expect(byId("upload-amount-OB-9").textContent).toBe("488 kB of 1.9 MB sent (25%)");
    expect(byId("upload-resume-OB-9")).toBeTruthy();
    act(() => app.backend.setSync(idleAsOf(new Date().toISOString())));
    expect(uploadsShown()).toEqual([["OB-9", "paused"]]);
  });
});
