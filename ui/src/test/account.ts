import type { OutboxItem } from "../bindings/OutboxItem";
import type { SessionState } from "../bindings/SessionState";
import type { SyncStatus } from "../bindings/SyncStatus";
import { MOCK_PARTICIPANT } from "../backend/mock";
import type { Language } from "../bindings/Language";
import { localeOf } from "../l10n/format";

/** Maria Lopez, signed in. */
export function signedIn(remembered = true): SessionState {
  return { state: "signed_in", participant: { ...MOCK_PARTICIPANT }, remembered };
}

export function idleAsOf(asOf: string | null): SyncStatus {
  return { phase: "idle", as_of: asOf, done: 0, total: 0, error: null };
}

/** A moment earlier today (a minute ago, or just after midnight), so that the sync line shows only its time. */
export function earlierToday(): string {
  const now = new Date();
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 0, 1);
  return new Date(Math.max(midnight.getTime(), now.getTime() - 60_000)).toISOString();
}

/** A time of day as the app shows it. */
export function timeOf(moment: string, language: Language = "en"): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: "short" }).format(new Date(moment));
}

/** A date and time as the app shows it. */
export function dateTimeOf(moment: string, language: Language = "en"): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(moment),
  );
}

export function caseElement(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-case-id="${id}"]`);
  if (!element) throw new Error(`no case ${id} on the page`);
  return element;
}

export function outboxElement(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-outbox-id="${id}"]`);
  if (!element) throw new Error(`no outbox item ${id} on the page`);
  return element;
}

export function outboxItem(id: string, state: OutboxItem["state"], extra: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id,
    kind: "modification_request",
    case_id: "C-1001",
    created_at: "2026-05-20T09:12:00Z",
    attempts: 1,
    state,
    upload: null,
    ...extra,
  };
}
