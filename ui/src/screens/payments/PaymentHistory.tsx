import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { Payment } from "../../bindings/agency/Payment";
import { useKiosk } from "../../kiosk/mode";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatCount, formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { csvFileName, paymentsCsv } from "./csv";
import { offerDownload } from "./download";
import { filterPayments, NO_FILTERS, searchableText, type PaymentFilters } from "./filters";
import { HistoryFilters } from "./HistoryFilters";
import { PaymentTable } from "./PaymentTable";

/**
 * Every payment on the case, newest first: filters, how many are shown, the
 * CSV of those shown (not on a kiosk, which saves nothing), and the
 * (virtualised) table.
 */
export function PaymentHistory({ caseId, payments }: { caseId: string; payments: readonly Payment[] }) {
  const t = useText();
  const kiosk = useKiosk();
  const { language } = useLanguage();
  const [filters, setFilters] = useState<PaymentFilters>(NO_FILTERS);
  // Typing stays quick with thousands of payments: the list follows a moment later.
  const applied = useDeferredValue(filters);

  // Each payment's searchable text, worked out once per language.
  const texts = useMemo(
    () => new Map(payments.map((payment) => [payment, searchableText(payment, formatMoney(payment.amount, language), t(`payment-source-${payment.source}`))])),
    [payments, language, t],
  );
  const searchable = useCallback((payment: Payment) => texts.get(payment) ?? "", [texts]);
  const shown = useMemo(() => filterPayments(payments, applied, searchable), [payments, applied, searchable]);

  return (
    <section id="payments-history" className="app-history" aria-labelledby="payments-history-heading">
      <h2 id="payments-history-heading">{t("payments-history-heading")}</h2>
      {payments.length === 0 ? (
        <p id="payments-none">{t("payments-none")}</p>
      ) : (
        <>
          <HistoryFilters filters={filters} onChange={setFilters} />
          <div className="app-history__bar">
            <p id="payments-count" className="app-history__count" aria-live="polite">
              {t("payments-count", {
                shown: formatCount(shown.length, language),
                total: formatCount(payments.length, language),
                count: payments.length,
              })}
            </p>
            {kiosk ? (
              <p id="payments-export-kiosk" className="app-history__export-note">
                {t("kiosk-no-export")}
              </p>
            ) : (
              <div>
                <button
                  type="button"
                  className="usa-button usa-button--outline app-history__export"
                  id="payments-export"
                  aria-describedby="payments-export-hint"
                  disabled={shown.length === 0}
                  onClick={() => offerDownload(paymentsCsv(shown), csvFileName(caseId))}
                >
                  {t("payments-export")}
                </button>
                <span id="payments-export-hint" className="usa-sr-only">
                  {t("payments-export-hint")}
                </span>
              </div>
            )}
          </div>
          {shown.length === 0 ? (
            <p id="payments-none-match">{t("payments-none-match")}</p>
          ) : (
            <PaymentTable payments={shown} resetKey={JSON.stringify(applied)} />
          )}
        </>
      )}
    </section>
  );
}
