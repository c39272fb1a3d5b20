import { useMemo, useState } from "react";
import type { MonthLine } from "../../bindings/MonthLine";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMonth, formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { PaymentsChart } from "./PaymentsChart";

/** How many months the table shows until the parent asks for all. */
export const RECENT_MONTHS = 24;

/**
 * The balance over time, month by month from the app's own statement: what
 * fell due, what was received, and the past-due support at each month's end,
 * as a chart (where the web view can draw one) and as the table it pictures.
 * The last two years at first; a toggle shows every month in both.
 */
export function BalanceTable({ months }: { months: readonly MonthLine[] }) {
  const t = useText();
  const { language } = useLanguage();
  const [all, setAll] = useState(false);
  const money = (amount: string) => formatMoney(amount, language);
  // Kept between renders: the chart draws again only when the months change.
  const shown = useMemo(() => (all ? months : months.slice(-RECENT_MONTHS)), [all, months]);
  const more = months.length > RECENT_MONTHS;
  return (
    <section id="payments-balance-history" className="app-balances" aria-labelledby="payments-balances-heading">
      <h2 id="payments-balances-heading">{t("payments-balances-heading")}</h2>
      <PaymentsChart months={shown} />
      <div className="app-balances__scroller">
        <table className="usa-table usa-table--compact app-balances__table" id="payments-balances" data-months={shown.length}>
          <caption>{t("payments-balances-caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("payments-col-month")}</th>
              <th scope="col" className="app-figure">
                {t("payments-col-accrued")}
              </th>
              <th scope="col" className="app-figure">
                {t("payments-col-month-received")}
              </th>
              <th scope="col" className="app-figure">
                {t("payments-col-arrears-end")}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => {
              const month = formatMonth(line.month, language);
              return (
                <tr key={line.month} data-month={line.month}>
                  <th scope="row">{line.complete ? month : t("payments-month-so-far", { month })}</th>
                  <td className="app-figure">{money(line.accrued)}</td>
                  <td className="app-figure">{money(line.received)}</td>
                  <td className="app-figure">{money(line.end.arrears)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more && (
        <button
          type="button"
          className="usa-button usa-button--outline app-balances__toggle"
          id="payments-balances-toggle"
          aria-controls="payments-balances"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? t("payments-show-recent-months", { count: RECENT_MONTHS }) : t("payments-show-all-months", { count: months.length })}
        </button>
      )}
    </section>
  );
}
