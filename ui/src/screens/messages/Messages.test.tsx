import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_CASES, type MockBackendOptions } from "../../backend/mock";
import { mockThread } from "../../backend/mockMessages";
import type { Language } from "../../bindings/Language";
import { earlierToday, signedIn } from "../../test/account";
import { violations } from "../../test/axe";
import { byId, h1, renderApp, type RenderedApp } from "../../test/renderApp";

const CASE = MOCK_CASES[0]?.id ?? "C-1001";

async function openMessages(options: MockBackendOptions = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/messages");
  const app = await renderApp({
    session: signedIn(),
    saved: { cases: MOCK_CASES, as_of: earlierToday() },
    threads: [mockThread(CASE, new Date())],
    ...options,
  });
  await waitFor(() => expect(byId(`messages-new-${CASE}`)).toBeTruthy(), { timeout: 3000 });
  return app;
}

function field(id: string): HTMLInputElement | HTMLTextAreaElement {
  return byId(id) as HTMLInputElement | HTMLTextAreaElement;
}

/**
 * Opens the new-message form as a person would and waits, as they would see,
 * for the page to move focus to its heading: typing before that would lose
 * the keys to the heading when focus moves.
 */
async function openNew(app: { user: { click(element: Element): Promise<void> } }) {
  await app.user.click(byId(`messages-new-${CASE}`));
  await waitFor(() => expect(document.activeElement?.id).toBe("message-new-heading"));
}

/**
 * Types into a field of the message form once it can take input: the form
 * stays disabled until its saved draft has been read, and typing into a
 * disabled field does nothing, for a person as for user-event.
 */
async function typeInto(app: { user: { type(element: Element, text: string): Promise<void> } }, id: string, text: string) {
  await waitFor(() => expect(field(id).disabled).toBe(false));
  await app.user.type(field(id), text);
}

function messagesLink(): HTMLElement {
  return screen.getByRole("link", { name: /^Messages/ });
}

describe("the Messages screen", () => {
  it("invites the parent to sign in first", async () => {
    window.history.replaceState(null, "", "#/messages");
    await renderApp();
    expect(h1().textContent).toBe("Messages with the agency");
    await screen.findByText("Sign in to read and send secure messages about your cases.");
  });

  it("lists each case's threads with what is unread, and says so in the navigation", async () => {
    await openMessages();
    const row = await waitFor(() => {
      const found = byId(`messages-threads-${CASE}`).querySelector('[data-thread-id="TH-000001"]');
      if (!found) throw new Error("no row");
      return found as HTMLElement;
    });
    expect(within(row).getByRole("button").textContent).toBe("Your case review is coming up");
    expect(row.querySelector(".app-messages__unread")?.textContent).toBe("1 unread");
    expect(byId("messages-unread-total").textContent).toBe("You have 1 unread message.");
    await waitFor(() => expect(messagesLink().textContent).toBe("Messages, 1 unread1"));
    expect(byId("nav-messages-badge").getAttribute("aria-hidden")).toBe("true");
  });

  it("opens a thread, marks it read, and the unread marks go", async () => {
    const app = await openMessages();
    await waitFor(() => byId("thread-open-TH-000001"));
    await app.user.click(byId("thread-open-TH-000001"));
    await waitFor(() => expect(byId("thread-heading").textContent).toBe("Your case review is coming up"));
    await waitFor(() => expect(document.activeElement?.id).toBe("thread-heading"));
    const message = byId("thread-messages").querySelector('[data-message-id="MSG-000001"]');
    expect(message?.textContent).toContain("Agency (Caseworker)");
    expect(message?.getAttribute("data-read")).toBe("true");
    expect(app.backend.calls.filter((call) => call.method === "markThreadRead")).toEqual([{ method: "markThreadRead", caseId: CASE, threadId: "TH-000001" }]);
    expect(app.backend.agencyThreads[0]?.thread.unread).toBe(0);
    await waitFor(() => expect(messagesLink().textContent).toBe("Messages"));

    await app.user.click(byId("thread-back"));
    await waitFor(() => expect(document.activeElement?.id).toBe("thread-open-TH-000001"));
    expect(byId("messages-unread-total").textContent).toBe("You have no unread messages.");
  });

  it("names each field at fault in a new message, and sends nothing", async () => {
    const app = await openMessages();
    await openNew(app);
    await waitFor(() => expect(document.activeElement?.id).toBe("message-new-heading"));
    await app.user.click(byId("message-send"));
    await waitFor(() => expect(byId("message-error-summary").textContent).toContain("2 answers need another look"));
    await waitFor(() => expect(document.activeElement?.id).toBe("message-error-summary"));
    expect(byId("message-subject-error").textContent).toBe("Enter a subject");
    expect(byId("message-body-error").textContent).toBe("Write your message");
    expect(field("message-subject").getAttribute("aria-invalid")).toBe("true");
    expect(field("message-body").getAttribute("aria-describedby")).toBe("message-body-hint message-body-error");
    expect(app.backend.calls.some((call) => call.method === "sendMessage")).toBe(false);

    await typeInto(app, "message-subject", "x".repeat(201));
    await typeInto(app, "message-body", "Hello");
    await app.user.click(byId("message-send"));
    await waitFor(() => expect(byId("message-subject-error").textContent).toBe("The subject can have at most 200 characters"));
    expect(document.getElementById("message-body-error")).toBeNull();
  });

  it("says the field errors in Spanish too", async () => {
    const app = await openMessages({ settings: { language: "es" } });
    await openNew(app);
    await app.user.click(byId("message-send"));
    await waitFor(() => expect(byId("message-body-error").textContent).toBe("Escriba su mensaje"));
    expect(byId("message-subject-error").textContent).toBe("Escriba un asunto");
  });

  it("keeps a draft as the parent types, and brings it back", async () => {
    const app = await openMessages();
    await openNew(app);
    await typeInto(app, "message-subject", "My payment");
    await typeInto(app, "message-body", "Where is it?");
    await waitFor(() => expect(byId("message-draft-status").textContent).toMatch(/^Draft saved at /), { timeout: 3000 });
    expect(await app.backend.messageDraft(CASE, null)).toMatchObject({ form: { subject: "My payment", body: "Where is it?" } });

    await app.user.click(byId("message-cancel"));
    await openNew(app);
    await waitFor(() => expect(field("message-body").value).toBe("Where is it?"));
    expect(field("message-subject").value).toBe("My payment");
  });

  it("sends a new thread through the outbox, shown as sending until delivered", async () => {
    const app = await openMessages({ delivery: "manual" });
    await openNew(app);
    await typeInto(app, "message-subject", "Question about March");
    await typeInto(app, "message-body", "I paid on March 3.");
    await app.user.click(byId("message-send"));
    await waitFor(() => expect(byId("messages-sent").textContent).toContain("Your message is saved"));
    expect(app.backend.calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
    expect(await app.backend.messageDraft(CASE, null)).toBeNull();
    const pending = await waitFor(() => {
      const found = byId(`messages-pending-${CASE}`).querySelector("[data-pending-id]");
      if (!found) throw new Error("not listed");
      return found;
    });
    expect(pending.textContent).toBe("Question about March Sending");

    const [item] = await app.backend.outbox();
    if (!item) throw new Error("an outbox item");
    expect(item.kind).toBe("message_thread");
    act(() => app.backend.deliverOutboxItem(item.id));
    await waitFor(() => expect(byId(`messages-threads-${CASE}`).querySelector('[data-thread-id="TH-000002"]')?.textContent).toContain("Question about March"));
    await waitFor(() => expect(document.getElementById(`messages-pending-${CASE}`)).toBeNull());
  });

  it("sends a message with a document, once the document is delivered", async () => {
    const app = await openMessages({ delivery: "manual" });
    await openNew(app);
    await typeInto(app, "message-subject", "My pay stub");
    await typeInto(app, "message-body", "Here it is.");
    await app.user.click(byId("message-attach"));
    await waitFor(() => expect(byId("message-attachments-heading").textContent).toContain("1 document attached"));
    const upload = (await app.backend.outbox()).find((item) => item.kind === "document_attachment");
    if (!upload) throw new Error("an upload");
    expect(byId(`message-attachment-${upload.id}-name`).textContent).toBe("pay-stub-may-2026.pdf");
    await app.user.click(byId("message-send"));
    await waitFor(() => expect(byId("messages-sent").textContent).toContain("Your message is saved"));
    const sent = app.backend.calls.find((call) => call.method === "sendMessage");
    expect(sent).toMatchObject({ form: { attachments: [upload.id] } });
    const message = (await app.backend.outbox()).find((item) => item.kind === "message_thread");
    if (!message) throw new Error("the message");
    expect(message.attachments).toEqual([upload.id]);

    act(() => app.backend.deliverOutboxItem(upload.id));
    act(() => app.backend.deliverOutboxItem(message.id));
    await waitFor(() => expect(app.backend.agencyThreads.find((t) => t.thread.subject === "My pay stub")?.messages[0]?.documents).toHaveLength(1));
  });

  it("replies in a thread, and the agency's answer arrives by sync, unread", async () => {
    const app = await openMessages({ delivery: "manual" });
    await waitFor(() => byId("thread-open-TH-000001"));
    await app.user.click(byId("thread-open-TH-000001"));
    // The thread's heading takes focus, so that a screen reader announces it.
    await waitFor(() => expect(document.activeElement?.id).toBe("thread-heading"));
    await typeInto(app, "message-body", "Thank you.");
    await app.user.click(byId("message-send"));
    const pending = await waitFor(() => {
      const found = byId("thread-messages").querySelector("[data-pending-id]");
      if (!found) throw new Error("not shown");
      return found;
    });
    expect(pending.textContent).toContain("Thank you.");
    expect(pending.textContent).toContain("Sending");
    expect(field("message-body").value).toBe("");

    const [item] = await app.backend.outbox();
    if (!item) throw new Error("an outbox item");
    act(() => app.backend.deliverOutboxItem(item.id));
    await waitFor(() => expect(byId("thread-messages").querySelectorAll('[data-from="parent"]:not([data-pending-id])')).toHaveLength(1));

    await app.user.click(byId("thread-back"));
    act(() => app.backend.agencyReply("TH-000001", "You're welcome."));
    await act(async () => {
      await app.backend.syncNow();
    });
    await waitFor(() => expect(byId("messages-unread-total").textContent).toBe("You have 1 unread message."));
    await waitFor(() => expect(messagesLink().textContent).toBe("Messages, 1 unread1"));
  });
});

describe("accessibility of the Messages screen (axe-core)", () => {
  it.each(["en", "es"] as Language[])("the list, a thread and a form with errors, in %s", async (language) => {
    const app = await openMessages({ settings: { language } });
    await waitFor(() => byId("thread-open-TH-000001"));
    expect(await violations()).toEqual([]);
    await app.user.click(byId("thread-open-TH-000001"));
    await waitFor(() => byId("message-body"));
    await app.user.click(byId("message-send"));
    await waitFor(() => byId("message-body-error"));
    expect(await violations()).toEqual([]);
  });
});
