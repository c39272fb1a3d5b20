/**
 * Money stays a decimal string from the keyboard to the calculator and back:
 * never a JavaScript number, so no cent is ever lost to floating point.
 */

/** What a parent typed, as the calculator takes it: trimmed, without a leading `$` or commas. */
export function cleanMoney(typed: string): string {
  return typed.trim().replace(/^\$\s*/, "").replace(/,/g, "").trim();
}

/**
 * A decimal string from the calculator (`"1234567.8"`) as dollars and cents
 * with thousands separators (`"$1,234,567.80"`). Text that is not a plain
 * decimal is shown as it came.
 */
export function formatAmount(amount: string): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const digits = whole.replace(/^0+(?=\d)/, "");
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = fraction.length >= 2 ? fraction : fraction.padEnd(2, "0");
  return `${sign}$${grouped}.${cents}`;
}

/** Today in the local time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
