import { useLayoutEffect, useRef } from "react";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { Order } from "../../bindings/agency/Order";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { SyncStatusLine } from "../home/SyncStatusLine";

function Fact({ id, term, children }: { id?: string; term: string; children: string }) {
  return (
    <div className="app-case__fact">
      <dt>{term}</dt>
      <dd id={id}>{children}</dd>
    </div>
  );
}

interface OrderInForceProps {
  detail: CaseDetail;
  order: Order;
  /** The order per month, as the backend works it out (from the check's answer), once known. */
  currentMonthly: string | null;
  sync: SyncStatus | null;
  onSyncNow(): void;
  /** Take focus on the heading when it first shows and nothing else has focus (after a sign-in from this page). */
  focusHeading: boolean;
}

/** The order the parent asks to change: its amount and frequency, per month, and when it was made or last changed. */
export function OrderInForce({ detail, order, currentMonthly, sync, onSyncNow, focusHeading }: OrderInForceProps) {
  const t = useText();
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const money = (amount: string) => formatMoney(amount, language);

  // In the same commit as the heading appears: a passive effect may run a
  // frame later, when something else could have taken focus.
  useLayoutEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusHeading && lost) heading.current?.focus();
  }, [focusHeading]);

  return (
    <section
      id="modify-order"
      className="usa-summary-box app-modify__order"
      aria-labelledby="modify-order-heading"
      data-case-id={detail.id}
      data-role={detail.role}
    >
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading app-modify__focus" id="modify-order-heading" ref={heading} tabIndex={-1}>
          {t("modify-order-heading", { id: detail.id })}
        </h2>
        <p className="app-case__role">{t(`case-role-${detail.role}`)}</p>
        <dl className="app-case__facts">
          <Fact id="modify-order-amount" term={t("modify-order-amount")}>
            {t("case-order-amount", { amount: money(order.amount), frequency: order.frequency })}
          </Fact>
          {currentMonthly !== null && (
            <Fact id="modify-current-monthly" term={t("modify-order-monthly")}>
              {money(currentMonthly)}
            </Fact>
          )}
          <Fact id="modify-order-date" term={t("modify-order-date")}>
            {formatDay(order.start_date, language)}
          </Fact>
        </dl>
        {sync && <SyncStatusLine sync={sync} onSyncNow={onSyncNow} />}
      </div>
    </section>
  );
}
