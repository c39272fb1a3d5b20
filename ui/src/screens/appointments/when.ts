import type { Language } from "../../bindings/Language";
import { localeOf } from "../../l10n/format";

/** The local day of a moment (RFC 3339), for grouping: `2026-12-02`. */
export function dayKey(moment: string): string {
  const date = new Date(moment);
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The local day of a moment with its weekday, in the parent's language: `Wednesday, December 2, 2026`. */
export function formatDay(moment: string, language: Language): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return moment;
  return new Intl.DateTimeFormat(localeOf(language), { weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(date);
}

/** The local time of a moment in the parent's language: `9:00 AM`, `9:00 a. m.`. */
export function formatTime(moment: string, language: Language): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return moment;
  return new Intl.DateTimeFormat(localeOf(language), { hour: "numeric", minute: "2-digit" }).format(date);
}

/** A new `Idempotency-Key` for one booking or cancellation: 128 random bits as hex. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
