import { Alert, AlertText } from "../../uswds";
import { useState } from "react";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import { useErrorText, useText } from "../../l10n/useText";
import { StoreDamaged } from "../home/StoreDamaged";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { useAccountData } from "../home/useAccountData";
import { AuditStatement } from "./AuditStatement";
import { BalanceTable } from "./BalanceTable";
import { NewPaymentsNotice, PaymentNotificationsToggle } from "./PaymentNotifications";
import { PaymentHistory } from "./PaymentHistory";
import { PaymentsSummary } from "./PaymentsSummary";
import { PayoffPlanner } from "./PayoffPlanner";
import { useNewPayments } from "./useNewPayments";
import { usePaymentNotifications } from "./usePaymentNotifications";
import { usePaymentsView } from "./usePaymentsView";

function CasePicker({ cases, value, onChange }: { cases: CaseDetail[]; value: string; onChange(id: string): void }) {
  const t = useText();
  return (
    <div className="usa-form-group app-payments-case">
      <label className="usa-label" htmlFor="payments-case">
        {t("payments-case-label")}
      </label>
      <select className="usa-select" id="payments-case" name="payments-case" value={value} onChange={(event) => onChange(event.target.value)}>
        {cases.map((detail) => (
          <option key={detail.id} value={detail.id}>
            {t("payments-case-option", { id: detail.id, role: detail.role })}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The Payments screen once signed in: the case (a picker when there are
 * several), the choice of a desktop notification when a payment arrives
 * (not on a kiosk), a notice of payments that arrived while it was open, its
 * summary and sync status, the audit, the history, the payoff planner and the
 * balance month by month. Mount it per signed-in parent.
 */
export function PaymentsPage({ focusHeading }: { focusHeading: boolean }) {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData({ outbox: false });
  const [chosen, setChosen] = useState<string | null>(null);
  const { cases, sync } = account;
  const caseId = cases?.some((detail) => detail.id === chosen) ? chosen : (cases?.[0]?.id ?? null);
  const loaded = usePaymentsView(account.damaged ? null : caseId);
  const notifications = usePaymentNotifications();
  const arrived = useNewPayments(account.damaged ? null : caseId);

  if (account.damaged) return <StoreDamaged resetting={account.resetting} onReset={account.resetStore} />;

  const alert = (id: string, text: string) => (
    <Alert type="error" slim id={id} className="app-account__alert" role="alert">
      <AlertText>{text}</AlertText>
    </Alert>
  );
  const view = loaded.kind === "ready" ? loaded.view : null;
  const dismissArrived = () => {
    // The button goes away: its focus goes to the case's heading rather than to nowhere.
    const hadFocus = document.activeElement?.id === "payments-new-dismiss";
    arrived.dismiss();
    if (hadFocus) document.getElementById("payments-summary-heading")?.focus();
  };
  return (
    <div className="app-payments">
      {account.error && alert("account-error", t("account-error", { reason: errorText(account.error) }))}
      {cases !== null && cases.length === 0 && (
        <>
          {sync && <SyncStatusLine sync={sync} onSyncNow={account.syncNow} />}
          <p id="payments-no-cases">{t("cases-none")}</p>
        </>
      )}
      {cases !== null && cases.length > 1 && caseId !== null && <CasePicker cases={cases} value={caseId} onChange={setChosen} />}
      {notifications.kind === "shown" && (
        <PaymentNotificationsToggle on={notifications.on} error={notifications.error} onChange={notifications.toggle} />
      )}
      {caseId !== null && arrived.count > 0 && <NewPaymentsNotice count={arrived.count} onDismiss={dismissArrived} />}
      {caseId !== null && loaded.kind === "loading" && (
        <p id="payments-loading" className="app-payments__loading" role="status">
          {t("payments-loading")}
        </p>
      )}
      {loaded.kind === "failed" && alert("payments-error", t("payments-error", { reason: errorText(loaded.error) }))}
      {view && caseId !== null && (
        <div key={caseId} className="app-payments__case" data-case-id={caseId}>
          <PaymentsSummary view={view} sync={sync} onSyncNow={account.syncNow} focusHeading={focusHeading} />
          <AuditStatement view={view} />
          <PaymentHistory view={view} />
          {view.statement && (
            <>
              <PayoffPlanner caseId={caseId} ordered={view.statement.arrears_payment ?? view.case.order?.arrears_payment ?? null} />
              <BalanceTable months={view.statement.months} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
