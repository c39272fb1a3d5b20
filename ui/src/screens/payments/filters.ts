import type { Payment } from "../../bindings/agency/Payment";
import type { PaymentSource } from "../../bindings/agency/PaymentSource";

export const PAYMENT_SOURCES = [
  "wage_withholding",
  "federal_tax_offset",
  "state_tax_offset",
  "unemployment",
  "direct",
] as const satisfies readonly PaymentSource[];

// Fails to compile when the agency adds a source this list does not know.
type Unlisted = Exclude<PaymentSource, (typeof PAYMENT_SOURCES)[number]>;
const exhaustive: Unlisted extends never ? true : false = true;
void exhaustive;

export function isPaymentSource(value: string): value is PaymentSource {
  return (PAYMENT_SOURCES as readonly string[]).includes(value);
}

export interface PaymentFilters {
  /** Received on or after this day (`YYYY-MM-DD`), or `""`. */
  from: string;
  /** Received on or before this day, or `""`. */
  to: string;
  source: PaymentSource | "";
  /** Words that must all appear in the payment's amount, id or source. */
  search: string;
}

export const NO_FILTERS: PaymentFilters = { from: "", to: "", source: "", search: "" };

export function isFiltered(filters: PaymentFilters): boolean {
  return filters.from !== "" || filters.to !== "" || filters.source !== "" || filters.search.trim() !== "";
}

/** Lower case without accents, so that `retencion` finds `Retención`. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/**
 * What the search box looks through for one payment: its id, its amount as
 * the agency wrote it (`1250.00`) and as shown (`$1,250.00`), and its source
 * in words, folded.
 */
export function searchableText(payment: Payment, shownAmount: string, sourceWords: string): string {
  return fold([payment.id, payment.amount, shownAmount, sourceWords].join(" "));
}

/**
 * The payments that pass the filters, in the order given. Each word of the
 * search must appear in `searchable(payment)`; a word with `$` or commas also
 * matches without them (`$1,250` finds `1250.00`).
 */
export function filterPayments(
  payments: readonly Payment[],
  filters: PaymentFilters,
  searchable: (payment: Payment) => string,
): Payment[] {
  const words = fold(filters.search)
    .split(/\s+/)
    .filter((word) => word !== "");
  const bare = words.map((word) => word.replace(/[$,]/g, ""));
  return payments.filter((payment) => {
    if (filters.from !== "" && payment.received_on < filters.from) return false;
    if (filters.to !== "" && payment.received_on > filters.to) return false;
    if (filters.source !== "" && payment.source !== filters.source) return false;
    if (words.length === 0) return true;
    const text = searchable(payment);
    return words.every((word, index) => text.includes(word) || (bare[index] !== "" && text.includes(bare[index] ?? word)));
  });
}
