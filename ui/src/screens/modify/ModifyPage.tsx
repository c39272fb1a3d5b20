import { Alert, AlertText } from "../../uswds";
import { useEffect, useState } from "react";
import { useBackend } from "../../backend/context";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import { useErrorText, useText } from "../../l10n/useText";
import { StoreDamaged } from "../home/StoreDamaged";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { useAccountData } from "../home/useAccountData";
import { ModifyCase } from "./ModifyCase";
import { useModificationRequests } from "./useModificationRequests";

function CasePicker({ cases, value, onChange }: { cases: CaseDetail[]; value: string; onChange(id: string): void }) {
  const t = useText();
  return (
    <div className="usa-form-group app-modify__case-picker">
      <label className="usa-label" htmlFor="modify-case">
        {t("modify-case-label")}
      </label>
      <div className="usa-hint" id="modify-case-hint">
        {t("modify-case-hint")}
      </div>
      <select
        className="usa-select"
        id="modify-case"
        name="modify-case"
        value={value}
        aria-describedby="modify-case-hint"
        onChange={(event) => onChange(event.target.value)}
      >
        {cases.map((detail) => (
          <option key={detail.id} value={detail.id}>
            {t("modify-case-option", { id: detail.id, role: detail.role })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The calculator's states, read once; an empty list when they can't be read (the amount is then typed). */
function useJurisdictions(): JurisdictionInfo[] | null {
  const backend = useBackend();
  const [list, setList] = useState<JurisdictionInfo[] | null>(null);
  useEffect(() => {
    let current = true;
    backend.jurisdictions().then(
      (answer) => {
        if (current) setList(answer);
      },
      () => {
        if (current) setList([]);
      },
    );
    return () => {
      current = false;
    };
  }, [backend]);
  return list;
}

/**
 * The Modify screen once signed in: the case (a picker when more than one
 * has an order), what cases without an order mean, and the request for the
 * chosen case. Mount it per signed-in parent.
 */
export function ModifyPage({ focusHeading }: { focusHeading: boolean }) {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData({ outbox: false });
  const requests = useModificationRequests();
  const jurisdictions = useJurisdictions();
  const [chosen, setChosen] = useState<string | null>(null);
  const { cases, sync } = account;

  if (account.damaged) return <StoreDamaged resetting={account.resetting} onReset={account.resetStore} />;

  const withOrder = (cases ?? []).filter((detail) => detail.order !== null);
  const withoutOrder = (cases ?? []).filter((detail) => detail.order === null);
  const detail = withOrder.find((candidate) => candidate.id === chosen) ?? withOrder[0] ?? null;
  const info = detail ? jurisdictions?.find((candidate) => candidate.code === detail.jurisdiction) : undefined;
  return (
    <div className="app-modify">
      {account.error && (
        <Alert type="error" slim id="account-error" className="app-account__alert" role="alert">
          <AlertText>{t("account-error", { reason: errorText(account.error) })}</AlertText>
        </Alert>
      )}
      {cases === null && !account.error && (
        <p id="modify-loading" className="app-modify__loading" role="status">
          {t("modify-loading")}
        </p>
      )}
      {cases !== null && cases.length === 0 && (
        <>
          {sync && <SyncStatusLine sync={sync} onSyncNow={account.syncNow} />}
          <p id="modify-no-cases">{t("cases-none")}</p>
        </>
      )}
      {withoutOrder.length > 0 && (
        <div className="usa-alert usa-alert--info app-modify__alert" id="modify-no-order">
          <div className="usa-alert__body">
            {withOrder.length === 0 && <h2 className="usa-alert__heading">{t("modify-no-order-heading")}</h2>}
            {withoutOrder.map((without) => (
              <p key={without.id} className="usa-alert__text" data-case-id={without.id}>
                {t("modify-no-order", { id: without.id })}
              </p>
            ))}
          </div>
        </div>
      )}
      {withOrder.length > 1 && detail && <CasePicker cases={withOrder} value={detail.id} onChange={setChosen} />}
      {detail?.order && (
        <ModifyCase
          key={detail.id}
          detail={detail}
          order={detail.order}
          calculator={jurisdictions === null ? { kind: "loading" } : { kind: "ready", info }}
          sync={sync}
          onSyncNow={account.syncNow}
          focusHeading={focusHeading}
          requests={requests}
        />
      )}
    </div>
  );
}
