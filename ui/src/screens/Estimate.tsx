import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";
import { toIpcError } from "../backend/errors";
import type { IpcError } from "../bindings/IpcError";
import type { JurisdictionInfo } from "../bindings/JurisdictionInfo";
import { useKiosk } from "../kiosk/mode";
import { useLanguage } from "../l10n/LanguageProvider";
import { useErrorText, useText, useTextOr } from "../l10n/useText";
import { ScreenLayout } from "./ScreenLayout";
import { EstimateFields } from "./estimate/EstimateFields";
import { EstimateSummary, Worksheet } from "./estimate/EstimateResult";
import { buildCase, INPUT_IDS, targetOf, type EstimateForm } from "./estimate/form";
import { ErrorMessage, errorId, FormGroup, type FieldErrors } from "./estimate/inputs";
import { localToday } from "./estimate/money";
import { PrintedFacts } from "./estimate/PrintedFacts";
import { useLiveEstimate } from "./estimate/useLiveEstimate";

type Loaded = { kind: "loading" } | { kind: "failed"; error: IpcError } | { kind: "ready"; list: JurisdictionInfo[] };

export default function Estimate() {
  const t = useText();
  const tOr = useTextOr();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  // A kiosk prints only where its office allows printing.
  const kiosk = useKiosk();
  const printable = kiosk === null || kiosk.printing;
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [form, setForm] = useState<EstimateForm>(() => ({
    jurisdiction: "",
    children: "",
    custodial: "",
    period: "month",
    asOf: localToday(),
    values: {},
  }));

  useEffect(() => {
    let current = true;
    backend.jurisdictions().then(
      (list) => {
        if (current) setLoaded({ kind: "ready", list });
      },
      (thrown: unknown) => {
        if (current) setLoaded({ kind: "failed", error: toIpcError(thrown) });
      },
    );
    // The state chosen last time, unless the parent has chosen one already. A
    // settings file that can't be read only means nothing is preselected.
    backend.settings().then(
      (settings) => {
        const saved = settings.estimate_jurisdiction;
        if (current && saved) {
          setForm((previous) => (previous.jurisdiction === "" ? { ...previous, jurisdiction: saved } : previous));
        }
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend]);

  const list = loaded.kind === "ready" ? loaded.list : [];
  const info = list.find((candidate) => candidate.code === form.jurisdiction);
  const built = buildCase(form, info);
  const { answer } = useLiveEstimate(built.kind === "ready" ? built.input : null);

  const stateName = (code: string) => tOr(`state-${code}`, list.find((candidate) => candidate.code === code)?.name ?? code);
  const reasonText = (error: IpcError) =>
    error.code === "invalid_input" && error.reason
      ? tOr(`estimate-error-${error.reason}`, error.message || errorText(error))
      : errorText(error);

  // What to show: the estimate, or the problem at its input, or a problem without one.
  const fieldErrors: FieldErrors = {};
  let generalError: string | null = null;
  let fieldProblem: string | null = null;
  const estimate = built.kind === "ready" && answer?.kind === "estimate" ? answer.estimate : null;
  if (built.kind === "invalid") {
    fieldProblem = t(`estimate-error-${built.problem.reason}`);
    fieldErrors[built.problem.target] = fieldProblem;
  } else if (built.kind === "ready" && answer?.kind === "error") {
    const text = reasonText(answer.error);
    const target = targetOf(answer.error.field, info);
    if (target) {
      fieldErrors[target] = text;
      fieldProblem = text;
    } else {
      generalError = text;
    }
  }

  const update = (change: Partial<EstimateForm>) => setForm((previous) => ({ ...previous, ...change }));
  const setValue = (id: string, value: string) =>
    setForm((previous) => ({ ...previous, values: { ...previous.values, [id]: value } }));
  const chooseState = (code: string) => {
    update({ jurisdiction: code });
    if (code !== "") backend.setEstimateJurisdiction(code).catch(() => undefined);
  };

  const jurisdictionError = fieldErrors[INPUT_IDS.jurisdiction];

  return (
    <ScreenLayout screen="estimate" title={t("estimate-title")}>
      <p className="usa-intro app-intro">{t("estimate-intro")}</p>

      {loaded.kind === "failed" && (
        <div className="usa-alert usa-alert--error usa-alert--slim app-estimate-alert" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("estimate-load-failed", { reason: errorText(loaded.error) })}</p>
          </div>
        </div>
      )}

      {loaded.kind === "ready" && (
        <div className="app-estimate">
          <form className="app-estimate-form" noValidate onSubmit={(event) => event.preventDefault()}>
            <FormGroup error={Boolean(jurisdictionError)}>
              <label className="usa-label" htmlFor={INPUT_IDS.jurisdiction}>
                {t("estimate-state-label")}
              </label>
              <div className="usa-hint" id="estimate-jurisdiction-hint">
                {t("estimate-state-hint")}
              </div>
              <ErrorMessage target={INPUT_IDS.jurisdiction} text={jurisdictionError} />
              <select
                className={`usa-select${jurisdictionError ? " usa-input--error" : ""}`}
                id={INPUT_IDS.jurisdiction}
                name={INPUT_IDS.jurisdiction}
                value={info ? info.code : ""}
                onChange={(event) => chooseState(event.target.value)}
                aria-describedby={`estimate-jurisdiction-hint${jurisdictionError ? ` ${errorId(INPUT_IDS.jurisdiction)}` : ""}`}
                aria-invalid={jurisdictionError ? true : undefined}
              >
                <option value="">{t("estimate-state-choose")}</option>
                {list.map((candidate) => (
                  <option key={candidate.code} value={candidate.code}>
                    {stateName(candidate.code)}
                  </option>
                ))}
              </select>
            </FormGroup>

            {info && !info.complete && (
              <div className="usa-alert usa-alert--info app-estimate-alert" id="estimate-incomplete">
                <div className="usa-alert__body">
                  <h2 className="usa-alert__heading">{t("estimate-incomplete-heading")}</h2>
                  <p className="usa-alert__text">{t("estimate-incomplete-text", { state: stateName(info.code) })}</p>
                </div>
              </div>
            )}

            {info?.complete && (
              <EstimateFields form={form} info={info} errors={fieldErrors} update={update} setValue={setValue} />
            )}
          </form>

          {info?.complete && (
            <section className="app-result" aria-labelledby="estimate-result-heading">
              <h2 id="estimate-result-heading">{t("estimate-result-heading")}</h2>
              {generalError && (
                <div className="usa-alert usa-alert--error app-estimate-alert" id="estimate-error" role="alert">
                  <div className="usa-alert__body">
                    <h3 className="usa-alert__heading">{t("estimate-error-heading")}</h3>
                    <p className="usa-alert__text">{generalError}</p>
                  </div>
                </div>
              )}
              <div id="estimate-result" className="app-result__live" aria-live="polite">
                {estimate && !generalError && !fieldProblem && <EstimateSummary estimate={estimate} language={language} />}
                {fieldProblem && (
                  <p id="estimate-fix" className="app-fix">
                    {t("estimate-fix-field", { problem: fieldProblem })}
                  </p>
                )}
                {!estimate && !generalError && !fieldProblem && (
                  <p id="estimate-waiting" className="app-waiting">
                    {t("estimate-waiting")}
                  </p>
                )}
              </div>
              {estimate && !generalError && !fieldProblem && (
                <>
                  <PrintedFacts form={form} info={info} stateName={stateName(info.code)} language={language} />
                  {printable && (
                    <button type="button" className="usa-button usa-button--outline app-print-button" id="estimate-print" onClick={() => window.print()}>
                      {t("estimate-print")}
                    </button>
                  )}
                  <Worksheet estimate={estimate} language={language} />
                </>
              )}
            </section>
          )}
        </div>
      )}
    </ScreenLayout>
  );
}
