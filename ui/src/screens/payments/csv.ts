import type { Payment } from "../../bindings/agency/Payment";

/** The columns of the payments CSV, in order. */
export const CSV_HEADER = [
  "date_received",
  "amount",
  "source",
  "current_support",
  "arrears",
  "interest",
  "fees",
  "disbursed_on",
] as const;

/** One field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record, without its line end. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(",");
}

/**
 * The payments as CSV: the header, then one record per payment in the order
 * given, each ending in CRLF. Amounts stay the agency's decimal strings and
 * sources its codes, so the file reads the same in any language; a payment
 * not paid out yet has an empty `disbursed_on`.
 */
export function paymentsCsv(payments: readonly Payment[]): string {
  const records = [
    csvRecord(CSV_HEADER),
    ...payments.map((payment) =>
      csvRecord([
        payment.received_on,
        payment.amount,
        payment.source,
        payment.distribution.current_support,
        payment.distribution.arrears,
        payment.distribution.interest,
        payment.distribution.fees,
        payment.disbursed_on ?? "",
      ]),
    ),
  ];
  return records.map((record) => `${record}\r\n`).join("");
}

/** `payments-C-1001.csv`: the case id, with anything unsafe in a file name replaced. */
export function csvFileName(caseId: string): string {
  return `payments-${caseId.replace(/[^A-Za-z0-9_-]/g, "_")}.csv`;
}
