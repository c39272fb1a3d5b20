import { Alert, AlertText, Button } from "../../uswds";
import { useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { HowToPay } from "../../bindings/agency/HowToPay";
import type { IpcError } from "../../bindings/IpcError";
import { useKiosk } from "../../kiosk/mode";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMoney, isNegative } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import { StoreDamaged } from "../home/StoreDamaged";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { useAccountData } from "../home/useAccountData";
import { useHowToPay } from "./useHowToPay";

function CasePicker({ cases, value, onChange }: { cases: CaseDetail[]; value: string; onChange(id: string): void }) {
  const t = useText();
  return (
    <div className="usa-form-group app-pay__case-picker">
      <label className="usa-label" htmlFor="pay-case">
        {t("pay-case-label")}
      </label>
      <select className="usa-select" id="pay-case" name="pay-case" value={value} onChange={(event) => onChange(event.target.value)}>
        {cases.map((detail) => (
          <option key={detail.id} value={detail.id}>
            {t("pay-case-option", { id: detail.id, role: detail.role })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Lines of an address, one per line. */
function Lines({ lines, id }: { lines: string[]; id?: string }) {
  return (
    <address className="app-pay__address" id={id}>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </address>
  );
}

/** What to quote and what is due next. */
function QuoteBox({ answer }: { answer: HowToPay }) {
  const t = useText();
  const { language } = useLanguage();
  const owed = !isNegative(answer.arrears) && /[1-9]/.test(answer.arrears);
  return (
    <div className="usa-summary-box app-pay__quote" id="pay-quote">
      <div className="usa-summary-box__body">
        <dl className="app-pay__facts">
          <dt>{t("pay-case-number")}</dt>
          <dd id="pay-case-number">{answer.case_number}</dd>
          {answer.caller_pays ? (
            <>
              <dt>{t("pay-next-due")}</dt>
              <dd id="pay-next-due">
                {answer.next_due
                  ? t("pay-next-due-value", {
                      amount: formatMoney(answer.next_due.amount, language),
                      date: formatDay(answer.next_due.date, language),
                    })
                  : t("pay-next-due-none")}
              </dd>
              {owed && (
                <>
                  <dt>{t("pay-arrears")}</dt>
                  <dd id="pay-arrears">{formatMoney(answer.arrears, language)}</dd>
                </>
              )}
            </>
          ) : null}
        </dl>
        <p className="usa-summary-box__text" id="pay-quote-hint">
          {t(answer.caller_pays ? "pay-quote-hint" : "pay-you-receive")}
        </p>
      </div>
    </div>
  );
}

function OnlineOption({ caseId, answer }: { caseId: string; answer: HowToPay }) {
  const t = useText();
  const errorText = useErrorText();
  const backend = useBackend();
  const kiosk = useKiosk();
  const [error, setError] = useState<IpcError | null>(null);
  const [opened, setOpened] = useState(false);
  const online = answer.options.online;
  if (!online) return null;
  const open = () => {
    setError(null);
    setOpened(false);
    backend.openPaymentSite(caseId).then(
      () => setOpened(true),
      (thrown: unknown) => setError(toIpcError(thrown)),
    );
  };
  return (
    <section className="app-pay__option" aria-labelledby="pay-online-heading" id="pay-online">
      <h3 id="pay-online-heading">{t("pay-online-heading")}</h3>
      <p>{t("pay-online-text", { name: online.name })}</p>
      {kiosk ? (
        // On a kiosk nothing opens: the address is an instruction to use elsewhere.
        <p id="pay-online-kiosk">{t("pay-online-kiosk", { url: online.url })}</p>
      ) : (
        <>
          <p className="app-pay__url">
            <span className="usa-sr-only">{t("pay-online-address")} </span>
            <code id="pay-online-url">{online.url}</code>
          </p>
          <Button type="button" id="pay-online-open" onClick={open} aria-describedby="pay-online-open-hint">
            {t("pay-online-open")}
          </Button>
          <p className="usa-hint" id="pay-online-open-hint">
            {t("pay-online-open-hint")}
          </p>
          <div role="status" id="pay-online-status">
            {opened && t("pay-online-opened")}
          </div>
          {error && (
            <Alert type="error" slim id="pay-online-error" role="alert">
              <AlertText>{error.reason === "no_payment_site" ? t("pay-online-unsafe") : errorText(error)}</AlertText>
            </Alert>
          )}
        </>
      )}
    </section>
  );
}

function Options({ caseId, answer }: { caseId: string; answer: HowToPay }) {
  const t = useText();
  const { language } = useLanguage();
  const { mail, text, cash } = answer.options;
  const none = !mail && !answer.options.online && !text && cash.length === 0;
  return (
    <div className="app-pay__options">
      <h2 id="pay-options-heading">{t("pay-options-heading")}</h2>
      {none && <p id="pay-no-options">{t("pay-no-options")}</p>}
      <OnlineOption caseId={caseId} answer={answer} />
      {mail && (
        <section className="app-pay__option" aria-labelledby="pay-mail-heading" id="pay-mail">
          <h3 id="pay-mail-heading">{t("pay-mail-heading")}</h3>
          <p>{t("pay-mail-payable", { payee: mail.payable_to })}</p>
          <Lines lines={mail.address} id="pay-mail-address" />
          <p>{t("pay-mail-quote", { case: answer.case_number })}</p>
        </section>
      )}
      {text && (
        <section className="app-pay__option" aria-labelledby="pay-text-heading" id="pay-text">
          <h3 id="pay-text-heading">{t("pay-text-heading")}</h3>
          <p>{t("pay-text-number", { number: text.number })}</p>
          <p>{text.instructions}</p>
        </section>
      )}
      {cash.length > 0 && (
        <section className="app-pay__option" aria-labelledby="pay-cash-heading" id="pay-cash">
          <h3 id="pay-cash-heading">{t("pay-cash-heading")}</h3>
          <p>{t("pay-cash-text", { case: answer.case_number })}</p>
          <ul className="usa-list usa-list--unstyled app-pay__places">
            {cash.map((place, index) => (
              <li key={index} className="app-pay__place">
                <h4>{place.name}</h4>
                <Lines lines={place.address} />
                <p>{t("pay-cash-hours", { hours: place.hours })}</p>
                <p>{place.fee === null ? t("pay-cash-no-fee") : t("pay-cash-fee", { fee: formatMoney(place.fee, language) })}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function CaseHowToPay({ detail }: { detail: CaseDetail }) {
  const t = useText();
  const errorText = useErrorText();
  const { held, error } = useHowToPay(detail.id);
  return (
    <section className="app-pay__case" aria-labelledby="pay-case-heading" data-case={detail.id}>
      <h2 id="pay-case-heading" className="usa-sr-only">
        {t("pay-case-heading", { id: detail.id })}
      </h2>
      {error && (
        <Alert type="error" slim id="pay-error" role="alert">
          <AlertText>{t("account-error", { reason: errorText(error) })}</AlertText>
        </Alert>
      )}
      {held !== null && held.how_to_pay === null && <p id="pay-not-yet">{t("pay-not-yet")}</p>}
      {held?.how_to_pay && (
        <>
          <QuoteBox answer={held.how_to_pay} />
          <Options caseId={detail.id} answer={held.how_to_pay} />
        </>
      )}
    </section>
  );
}

/**
 * How to pay, once signed in: the case (a picker when there are several),
 * what to quote and what is due next, and the agency's ways to pay.
 */
export function PayPage() {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData({ outbox: false });
  const [chosen, setChosen] = useState<string | null>(null);
  const { cases, sync } = account;

  if (account.damaged) return <StoreDamaged resetting={account.resetting} onReset={account.resetStore} />;

  const detail = cases?.find((candidate) => candidate.id === chosen) ?? cases?.[0] ?? null;
  return (
    <div className="app-pay">
      {account.error && (
        <Alert type="error" slim id="account-error" className="app-account__alert" role="alert">
          <AlertText>{t("account-error", { reason: errorText(account.error) })}</AlertText>
        </Alert>
      )}
      {sync && <SyncStatusLine sync={sync} onSyncNow={account.syncNow} />}
      {cases === null && !account.error && (
        <p id="pay-loading" role="status">
          {t("pay-loading")}
        </p>
      )}
      {cases !== null && cases.length === 0 && <p id="pay-no-cases">{t("cases-none")}</p>}
      {cases !== null && cases.length > 1 && detail && <CasePicker cases={cases} value={detail.id} onChange={setChosen} />}
      {detail && <CaseHowToPay key={detail.id} detail={detail} />}
    </div>
  );
}
