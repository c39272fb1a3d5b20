import type { Per } from "../../bindings/Per";
import { cleanMoney } from "../estimate/money";

/**
 * The Modify screen's sums on decimal strings, exactly: amounts are read as
 * whole cents (a BigInt), never as floats.
 */

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Whether a typed amount is what the backend takes: zero or more dollars, at most two decimals (`$` and commas allowed). */
export function isAmount(typed: string): boolean {
  return AMOUNT.test(cleanMoney(typed));
}

function toCents(amount: string): bigint | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  // Cents, rounded half up on what lies beyond them.
  const cents = BigInt(`${whole}${fraction.slice(0, 2).padEnd(2, "0")}`);
  return fraction.length > 2 && Number(fraction[2]) >= 5 ? cents + 1n : cents;
}

function fromCents(cents: bigint): string {
  const digits = cents.toString().padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** `n / d` in whole units, halves up (both positive). */
function divide(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (d * 2n);
}

/**
 * The calculator's amount (`"4950.00"` a year) per month, to the cent, halves
 * up: a year / 12, a week × 52 / 12. Null for anything but a plain amount.
 */
export function monthlyOf(amount: string, per: Per): string | null {
  const cents = toCents(amount);
  if (cents === null) return null;
  switch (per) {
    case "month":
      return fromCents(cents);
    case "year":
      return fromCents(divide(cents, 12n));
    case "week":
      return fromCents(divide(cents * 52n, 12n));
  }
}

/** Whether a signed decimal string (`"-37.50"`) is below zero, at zero or above. */
export function signOf(amount: string): -1 | 0 | 1 {
  const trimmed = amount.trim();
  if (!/[1-9]/.test(trimmed)) return 0;
  return trimmed.startsWith("-") ? -1 : 1;
}
