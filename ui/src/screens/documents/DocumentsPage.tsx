import { Alert, AlertText } from "../../uswds";
import { useState } from "react";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import { useErrorText, useText } from "../../l10n/useText";
import { StoreDamaged } from "../home/StoreDamaged";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { useAccountData } from "../home/useAccountData";
import { DocumentsCase } from "./DocumentsCase";

function CasePicker({ cases, value, onChange }: { cases: CaseDetail[]; value: string; onChange(id: string): void }) {
  const t = useText();
  return (
    <div className="usa-form-group app-documents__case-picker">
      <label className="usa-label" htmlFor="documents-case">
        {t("documents-case-label")}
      </label>
      <select className="usa-select" id="documents-case" name="documents-case" value={value} onChange={(event) => onChange(event.target.value)}>
        {cases.map((detail) => (
          <option key={detail.id} value={detail.id}>
            {t("documents-case-option", { id: detail.id, role: detail.role })}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The Documents screen once signed in: the case (a picker when there are
 * several), then the case's documents. Mount it per signed-in parent.
 */
export function DocumentsPage({ focusHeading }: { focusHeading: boolean }) {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData();
  const [chosen, setChosen] = useState<string | null>(null);
  const { cases, sync } = account;

  if (account.damaged) return <StoreDamaged resetting={account.resetting} onReset={account.resetStore} />;

  const detail = cases?.find((candidate) => candidate.id === chosen) ?? cases?.[0] ?? null;
  return (
    <div className="app-documents">
      {account.error && (
        <Alert type="error" slim id="account-error" className="app-account__alert" role="alert">
          <AlertText>{t("account-error", { reason: errorText(account.error) })}</AlertText>
        </Alert>
      )}
      {cases === null && !account.error && (
        <p id="documents-loading" className="app-documents__loading" role="status">
          {t("documents-loading")}
        </p>
      )}
      {cases !== null && cases.length === 0 && (
        <>
          {sync && <SyncStatusLine sync={sync} onSyncNow={account.syncNow} />}
          <p id="documents-no-cases">{t("cases-none")}</p>
        </>
      )}
      {cases !== null && cases.length > 1 && detail && <CasePicker cases={cases} value={detail.id} onChange={setChosen} />}
      {detail && (
        <DocumentsCase
          key={detail.id}
          detail={detail}
          outbox={account.outbox}
          sync={sync}
          onSyncNow={account.syncNow}
          onRetry={account.retry}
          focusHeading={focusHeading}
        />
      )}
    </div>
  );
}
