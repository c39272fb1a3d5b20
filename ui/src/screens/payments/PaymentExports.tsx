import type { Payment } from "../../bindings/agency/Payment";
import type { IpcError } from "../../bindings/IpcError";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { useBackend } from "../../backend/context";
import { useLanguage } from "../../l10n/LanguageProvider";
import { useErrorText, useText } from "../../l10n/useText";
import { csvFileName, paymentsCsv } from "./csv";
import { localDay, statementDocument, statementFileName } from "./statement";
import { useExport, type ExportKind } from "./useExport";
import "./payments.css";

/** Why a file wasn't saved, in words a parent can act on. */
function failureText(t: ReturnType<typeof useText>, errorText: ReturnType<typeof useErrorText>, error: IpcError): string {
  switch (error.code) {
    // The backend saves nothing of a visitor on an office's computer.
    case "invalid_input":
      return t("payments-export-refused");
    case "storage":
      return t("payments-export-failed-storage");
    default:
      return t("payments-export-failed", { reason: errorText(error) });
  }
}

interface PaymentExportsProps {
  view: PaymentsView;
  /** The payments the history shows (filtered) for the CSV; null when the case has none, and there is no CSV to offer. */
  shown: readonly Payment[] | null;
}

/**
 * Saving the payments to a file, through the system's save dialog: the
 * payments shown as CSV, and the case's statement as PDF. Says where each was
 * saved (politely) or why it wasn't (at once); a closed dialog says nothing.
 * Not on a kiosk, which saves nothing (the history says so instead).
 */
export function PaymentExports({ view, shown }: PaymentExportsProps) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const { state, save } = useExport();
  const caseId = view.case.id;

  const saveCsv = () => {
    if (!shown) return;
    save("csv", () => backend.saveCsv(paymentsCsv(shown), csvFileName(caseId), t("payments-export-csv-title")));
  };
  const savePdf = () =>
    save("pdf", () =>
      backend.saveStatementPdf(statementDocument(view, language, t, localDay(new Date())), statementFileName(caseId), t("payments-export-pdf-title")),
    );
  const busy = (what: ExportKind) => (state.kind === "saving" && state.what === what ? true : undefined);

  return (
    <div className="app-exports" data-state={state.kind}>
      <div className="app-exports__buttons">
        {shown && (
          <div>
            <button
              type="button"
              className="usa-button usa-button--outline app-history__export"
              id="payments-export"
              aria-describedby="payments-export-hint"
              aria-busy={busy("csv")}
              disabled={shown.length === 0}
              onClick={saveCsv}
            >
              {t("payments-export")}
            </button>
            <span id="payments-export-hint" className="usa-sr-only">
              {t("payments-export-hint")}
            </span>
          </div>
        )}
        <div>
          <button
            type="button"
            className="usa-button usa-button--outline app-history__export"
            id="payments-export-pdf"
            aria-describedby="payments-export-pdf-hint"
            aria-busy={busy("pdf")}
            onClick={savePdf}
          >
            {t("payments-export-pdf")}
          </button>
          <span id="payments-export-pdf-hint" className="usa-sr-only">
            {t("payments-export-pdf-hint")}
          </span>
        </div>
      </div>
      {/* Always in the page, so that what appears in it is announced. */}
      <p id="payments-export-status" className="app-exports__status" role="status">
        {state.kind === "saved" && t(`payments-export-${state.what}-saved`, { path: state.path })}
      </p>
      {state.kind === "failed" && (
        <div className="usa-alert usa-alert--error usa-alert--slim app-exports__error">
          <div className="usa-alert__body">
            <p id="payments-export-error" className="usa-alert__text" role="alert" data-code={state.error.code}>
              {failureText(t, errorText, state.error)}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
