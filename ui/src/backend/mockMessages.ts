import type { Message } from "../bindings/agency/Message";
import type { Thread } from "../bindings/agency/Thread";
import type { ThreadDetail } from "../bindings/agency/ThreadDetail";
import type { CaseThreads } from "../bindings/CaseThreads";
import type { FieldIssue } from "../bindings/FieldIssue";
import type { MessageForm } from "../bindings/MessageForm";

/** The agency's limits (`agency_api::messages`). */
export const MAX_SUBJECT_CHARS = 200;
export const MAX_MESSAGE_CHARS = 5000;
export const MAX_MESSAGE_DOCUMENTS = 10;

/** The backend's check of a message (`check_message` in `crates/backend/src/messages.rs`), in the same order. */
export function checkMessageForm(form: MessageForm, newThread: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = (field: string, value: string, most: number) => {
    const trimmed = value.trim();
    if (trimmed === "") issues.push({ field, problem: "required" });
    else if ([...trimmed].length > most) issues.push({ field, problem: "too_long" });
  };
  if (newThread) text("subject", form.subject ?? "", MAX_SUBJECT_CHARS);
  text("body", form.body, MAX_MESSAGE_CHARS);
  if (form.attachments.length > MAX_MESSAGE_DOCUMENTS || new Set(form.attachments).size !== form.attachments.length) {
    issues.push({ field: "attachments", problem: "too_many" });
  }
  return issues;
}

const number = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, "0")}`;

/** The demo's thread: the agency wrote first, unread. */
export function mockThread(caseId: string, at: Date, id = "TH-000001"): ThreadDetail {
  const sent = new Date(at.getTime() - 2 * 86_400_000).toISOString();
  const message: Message = {
    id: "MSG-000001",
    thread_id: id,
    from: "agency",
    agency_role: "Caseworker",
    body: "Your case is due for its review. We will write with a date for an appointment. Reply to this message if you have questions.",
    sent_at: sent,
    read_at: null,
    documents: [],
  };
  return {
    thread: { id, case_id: caseId, subject: "Your case review is coming up", created_at: sent, last_message_at: sent, last_message_id: message.id, message_count: 1, unread: 1 },
    messages: [message],
  };
}

/** Works a thread's listed fields again from its messages. */
function summarise(detail: ThreadDetail): ThreadDetail {
  const last = detail.messages[detail.messages.length - 1];
  const thread: Thread = {
    ...detail.thread,
    last_message_at: last?.sent_at ?? detail.thread.created_at,
    last_message_id: last?.id ?? "",
    message_count: detail.messages.length,
    unread: detail.messages.filter((m) => m.from === "agency" && m.read_at === null).length,
  };
  return { thread, messages: detail.messages };
}

/** The agency's threads, as the mock keeps them, and what they become on each action. */
export class MockAgencyThreads {
  threads: ThreadDetail[];
  private threadNumbers: number;
  private messageNumbers: number;

  constructor(threads: ThreadDetail[]) {
    this.threads = structuredClone(threads).map(summarise);
    this.threadNumbers = threads.length;
    this.messageNumbers = threads.reduce((n, t) => n + t.messages.length, 0);
  }

  newThread(caseId: string, subject: string, body: string, documents: string[], at: Date): ThreadDetail {
    this.threadNumbers += 1;
    const id = number("TH", this.threadNumbers);
    const detail: ThreadDetail = {
      thread: { id, case_id: caseId, subject, created_at: at.toISOString(), last_message_at: at.toISOString(), last_message_id: "", message_count: 0, unread: 0 },
      messages: [],
    };
    this.threads.push(detail);
    this.add(id, "parent", body, documents, at);
    return structuredClone(this.find(id) as ThreadDetail);
  }

  /** Adds a message (the parent's are read when sent); answers its id. */
  add(threadId: string, from: "parent" | "agency", body: string, documents: string[], at: Date): string {
    const index = this.threads.findIndex((t) => t.thread.id === threadId);
    if (index < 0) throw new Error(`no thread ${threadId}`);
    this.messageNumbers += 1;
    const id = number("MSG", this.messageNumbers);
    const detail = this.threads[index] as ThreadDetail;
    const message: Message = {
      id,
      thread_id: threadId,
      from,
      agency_role: from === "agency" ? "Caseworker" : null,
      body,
      sent_at: at.toISOString(),
      read_at: from === "parent" ? at.toISOString() : null,
      documents,
    };
    this.threads[index] = summarise({ ...detail, messages: [...detail.messages, message] });
    return id;
  }

  markRead(threadId: string, at: Date): void {
    const index = this.threads.findIndex((t) => t.thread.id === threadId);
    if (index < 0) return;
    const detail = this.threads[index] as ThreadDetail;
    this.threads[index] = summarise({ ...detail, messages: detail.messages.map((m) => (m.read_at === null ? { ...m, read_at: at.toISOString() } : m)) });
  }

  find(threadId: string): ThreadDetail | undefined {
    return this.threads.find((t) => t.thread.id === threadId);
  }

  /** Each case's threads as listed, the latest activity first. */
  lists(caseIds: string[]): CaseThreads[] {
    return caseIds.map((caseId) => {
      const threads = this.threads
        .filter((t) => t.thread.case_id === caseId)
        .map((t) => structuredClone(t.thread))
        .sort((a, b) => b.last_message_at.localeCompare(a.last_message_at));
      return { case_id: caseId, threads, unread: threads.reduce((n, t) => n + t.unread, 0) };
    });
  }
}

/** How many messages from the agency `after` has that `before` didn't (none when nothing was held before). */
export function newFromAgency(before: ThreadDetail[] | null, after: ThreadDetail[]): number {
  if (before === null) return 0;
  const known = new Set(before.flatMap((t) => t.messages.map((m) => m.id)));
  return after.flatMap((t) => t.messages).filter((m) => m.from === "agency" && m.read_at === null && !known.has(m.id)).length;
}
