import type { FluentVariable } from "@fluent/bundle";
import type { Language } from "../../bindings/Language";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { formatDay, formatMoney, isNegative, withoutSign } from "../../l10n/format";
import { addAmounts, isPositive } from "./amounts";

/** `t(id, vars)`: a message in the parent's language (what `useText()` gives). */
export type Translate = (id: string, vars?: Record<string, FluentVariable>) => string;

/** One figure of the case at a glance: an id for the page, what it is, and its value in words. */
export interface SummaryFact {
  id: string;
  term: string;
  value: string;
}

/**
 * The case at a glance, in the parent's part in it, from the agency's
 * figures: what is owed, the next payment, current support, arrears and the
 * last payment. The screen's summary and the PDF statement both say these.
 */
export function summaryFacts(view: PaymentsView, language: Language, t: Translate): SummaryFact[] {
  const money = (amount: string) => formatMoney(amount, language);
  const signed = (amount: string) => (isNegative(amount) ? t("case-credit", { amount: money(withoutSign(amount)) }) : money(amount));
  const detail = view.case;
  const { role, balances } = detail;
  const owed = addAmounts(balances.current_support_due, balances.arrears) ?? balances.arrears;
  const last = view.payments[0];
  return [
    {
      id: "payments-owed",
      term: t(`payments-owed-${role}`),
      value: isPositive(owed) || isNegative(owed) ? signed(owed) : t("payments-nothing-owed"),
    },
    {
      id: "payments-next",
      term: t(`payments-next-${role}`),
      value: detail.next_due
        ? t("case-next-due-value", { amount: money(detail.next_due.amount), date: formatDay(detail.next_due.date, language) })
        : t("case-nothing-due"),
    },
    { id: "payments-current-due", term: t("payments-current-due"), value: money(balances.current_support_due) },
    { id: "payments-arrears", term: t("case-arrears"), value: signed(balances.arrears) },
    {
      id: "payments-last",
      term: t(`payments-last-${role}`),
      value: last
        ? t("payments-last-value", { amount: money(last.amount), date: formatDay(last.received_on, language) })
        : t("payments-no-payments-yet"),
    },
  ];
}
