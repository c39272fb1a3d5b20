import type { Language } from "../../bindings/Language";
import type { PaymentsView } from "../../bindings/PaymentsView";
import type { PrintableColumn } from "../../bindings/printable/PrintableColumn";
import type { PrintableDocument } from "../../bindings/printable/PrintableDocument";
import type { PrintableSection } from "../../bindings/printable/PrintableSection";
import { formatDay, formatMonth, formatMoney } from "../../l10n/format";
import { summaryFacts, type Translate } from "./summary";

const left = (label: string, weight: number): PrintableColumn => ({ label, align: "left", weight });
const right = (label: string, weight: number): PrintableColumn => ({ label, align: "right", weight });

/** The app's own month-by-month working of the account, oldest first, or why there is none. */
function monthsSection(view: PaymentsView, language: Language, t: Translate): PrintableSection {
  const money = (amount: string) => formatMoney(amount, language);
  const months = view.statement?.months ?? [];
  return {
    heading: t("statement-months-heading"),
    columns: [
      left(t("payments-col-month"), 1.37),
      right(t("statement-col-accrued"), 1),
      right(t("payments-col-month-received"), 0.63),
      right(t("statement-col-interest-charged"), 0.95),
      right(t("statement-col-arrears-end"), 1.09),
    ],
    rows: months.map((line) => {
      const month = formatMonth(line.month, language);
      return [
        line.complete ? month : t("statement-month-so-far", { month }),
        money(line.accrued),
        money(line.received),
        money(line.interest_charged),
        money(line.end.arrears),
      ];
    }),
    empty: view.ledger_error ? t("payments-audit-error") : t("payments-audit-no-order"),
  };
}

/** Every payment the agency holds on the case, newest first, with how it was applied. */
function paymentsSection(view: PaymentsView, language: Language, t: Translate): PrintableSection {
  const money = (amount: string) => formatMoney(amount, language);
  const day = (date: string) => formatDay(date, language, "medium");
  return {
    heading: t("statement-payments-heading"),
    columns: [
      left(t("statement-col-received"), 1.2),
      right(t("payments-col-amount"), 1),
      left(t("payments-col-source"), 1.7),
      right(t("statement-col-current"), 1),
      right(t("statement-col-arrears"), 1),
      right(t("payments-dist-interest"), 1),
      right(t("payments-dist-fees"), 1),
      left(t("payments-col-disbursed"), 1.2),
    ],
    rows: view.payments.map((payment) => [
      day(payment.received_on),
      money(payment.amount),
      // Shorter than on screen: eight columns share the width of a page.
      t(`statement-source-${payment.source}`),
      money(payment.distribution.current_support),
      money(payment.distribution.arrears),
      money(payment.distribution.interest),
      money(payment.distribution.fees),
      payment.disbursed_on ? day(payment.disbursed_on) : t("payments-not-disbursed"),
    ]),
    empty: t("payments-none"),
  };
}

/**
 * The payment statement of the case on screen, worded and formatted as the
 * screen shows it, in the parent's language, for the backend to print as a
 * PDF: the case and the parent's part in it, the summary of the agency's
 * figures, the balance month by month as the app works it out, and every
 * payment with how it was applied. `madeOn` is today (`YYYY-MM-DD`).
 */
export function statementDocument(view: PaymentsView, language: Language, t: Translate, madeOn: string): PrintableDocument {
  const detail = view.case;
  return {
    language,
    title: t("statement-title", { id: detail.id }),
    lines: [
      t("payments-case-option", { id: detail.id, role: detail.role }),
      ...summaryFacts(view, language, t).map((fact) => t("statement-fact", { term: fact.term, value: fact.value })),
      t("payments-as-of", { date: formatDay(detail.balances.as_of, language) }),
      t("statement-made", { date: formatDay(madeOn, language) }),
    ],
    sections: [monthsSection(view, language, t), paymentsSection(view, language, t)],
    footer: t("statement-footer"),
    page_label: t("statement-page"),
  };
}

/** `statement-C-1001.pdf`: the case id, with anything unsafe in a file name replaced. */
export function statementFileName(caseId: string): string {
  return `statement-${caseId.replace(/[^A-Za-z0-9_-]/g, "_")}.pdf`;
}

/** Today in the parent's time zone, as `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
