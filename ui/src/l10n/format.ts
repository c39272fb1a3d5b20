import type { Language } from "../bindings/Language";

/** The locale the app formats numbers and dates in for each of its languages. */
export function localeOf(language: Language): string {
  return language === "es" ? "es-US" : "en-US";
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

// Making a formatter costs far more than using one: a statement of 10,000
// payments formats some 70,000 amounts and days.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/**
 * A decimal string from the agency (`"1234.5"`) as dollars and cents in the
 * parent's language (`"$1,234.50"`). Text that is not a plain decimal is shown
 * as it came.
 */
export function formatMoney(amount: string, language: Language): string {
  const trimmed = amount.trim();
  if (!DECIMAL.test(trimmed)) return amount;
  return cached(`money:${language}`, () => new Intl.NumberFormat(localeOf(language), { style: "currency", currency: "USD" })).format(
    trimmed as `${number}`,
  );
}

/** Whether a decimal string is below zero (`"-40.00"`), without turning it into a number. */
export function isNegative(amount: string): boolean {
  const trimmed = amount.trim();
  return DECIMAL.test(trimmed) && trimmed.startsWith("-") && /[1-9]/.test(trimmed);
}

/** `"-40.00"` -> `"40.00"`. */
export function withoutSign(amount: string): string {
  return amount.trim().replace(/^-/, "");
}

/**
 * A day (`2026-06-01`) in the parent's language: `June 1, 2026`, or with
 * `"medium"` the shorter `Jun 1, 2026` for tables; other text as it came.
 */
export function formatDay(day: string, language: Language, style: "long" | "medium" = "long"): string {
  const parsed = parseDay(day);
  if (parsed === null) return day;
  return cached(`day:${language}:${style}`, () => new Intl.DateTimeFormat(localeOf(language), { dateStyle: style, timeZone: "UTC" })).format(parsed);
}

/** The month of a day (`2025-03-01`) in the parent's language (`March 2025`, `marzo de 2025`); other text as it came. */
export function formatMonth(day: string, language: Language): string {
  const parsed = parseDay(day);
  if (parsed === null) return day;
  return cached(`month:${language}`, () => new Intl.DateTimeFormat(localeOf(language), { month: "long", year: "numeric", timeZone: "UTC" })).format(
    parsed,
  );
}

/** A whole number with the language's digit grouping (`10,000`). */
export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(count);
}

function parseDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * A moment (RFC 3339) in local time in the parent's language: only the time
 * (`10:42 AM`) when it is today, with the date (`May 30, 2026, 4:05 PM`)
 * otherwise, or always with `withDate`. Text that isn't a time is shown as it came.
 */
export function formatMoment(
  moment: string,
  language: Language,
  { now = new Date(), withDate = false }: { now?: Date; withDate?: boolean } = {},
): string {
  const parsed = new Date(moment);
  if (Number.isNaN(parsed.getTime())) return moment;
  const options: Intl.DateTimeFormatOptions =
    !withDate && sameLocalDay(parsed, now) ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(localeOf(language), options).format(parsed);
}

/** An error text as a sentence to go on with: ends with a full stop unless it ends with punctuation already. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The local day of a moment (RFC 3339) in the parent's language: `May 4, 2026`; other text as it came. */
export function formatMomentDay(moment: string, language: Language): string {
  const parsed = new Date(moment);
  if (Number.isNaN(parsed.getTime())) return moment;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long" }).format(parsed);
}
