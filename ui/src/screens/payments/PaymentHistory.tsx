import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { Payment } from "../../bindings/agency/Payment";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { useKiosk } from "../../kiosk/mode";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatCount, formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { filterPayments, NO_FILTERS, searchableText, type PaymentFilters } from "./filters";
import { HistoryFilters } from "./HistoryFilters";
import { PaymentExports } from "./PaymentExports";
import { PaymentTable } from "./PaymentTable";

function KioskNoExport() {
  const t = useText();
  return (
    <p id="payments-export-kiosk" className="app-history__export-note">
      {t("kiosk-no-export")}
    </p>
  );
}

/**
 * Every payment on the case, newest first: filters, how many are shown,
 * saving those shown as CSV and the case's statement as PDF (not on a kiosk,
 * which saves nothing), and the (virtualised) table.
 */
export function PaymentHistory({ view }: { view: PaymentsView }) {
  const payments: readonly Payment[] = view.payments;
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
        <>
          <p id="payments-none">{t("payments-none")}</p>
          {/* No payments to list, but still a statement of what fell due. */}
          {kiosk ? <KioskNoExport /> : <PaymentExports view={view} shown={null} />}
        </>
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
            {kiosk ? <KioskNoExport /> : <PaymentExports view={view} shown={shown} />}
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
