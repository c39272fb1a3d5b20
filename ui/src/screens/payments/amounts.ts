/**
 * Sums and signs of the agency's decimal strings, exactly: a string is read
 * as whole units of its last decimal place (a BigInt), never as a float.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function parse(amount: string): { units: bigint; scale: number } | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign === "-" ? -units : units, scale: fraction.length };
}

/** `a + b` as a decimal string with at least two decimals (`"450.00" + "-40" = "410.00"`); null if either isn't a decimal. */
export function addAmounts(a: string, b: string): string | null {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale, 2);
  const sum = x.units * 10n ** BigInt(scale - x.scale) + y.units * 10n ** BigInt(scale - y.scale);
  const digits = (sum < 0n ? -sum : sum).toString().padStart(scale + 1, "0");
  return `${sum < 0n ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Whether a decimal string is above zero (`"0.01"`), false for anything else. */
export function isPositive(amount: string): boolean {
  const parsed = parse(amount);
  return parsed !== null && parsed.units > 0n;
}
