import type { Estimate } from "../../bindings/Estimate";
import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import type { ParentId } from "../../bindings/ParentId";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { EstimateFields } from "../estimate/EstimateFields";
import type { EstimateForm } from "../estimate/form";
import { TextField, type FieldErrors } from "../estimate/inputs";
import { useWorksheetText } from "../estimate/worksheetText";
import { CALCULATOR_IDS, IDS, type FieldError, type Source } from "./form";

/** What the calculator made of the facts: the estimate, a problem at an input, a refusal, or nothing yet. */
export type Calculated =
  | { kind: "waiting" }
  | { kind: "fix"; problem: string }
  | { kind: "refused"; problem: string }
  | { kind: "estimate"; estimate: Estimate; monthly: string };

interface NewEstimateProps {
  /** The state's calculator, once the list has come: `undefined` in it when the calculator doesn't know the state. */
  calculator: { kind: "loading" } | { kind: "ready"; info: JurisdictionInfo | undefined };
  stateName: string;
  source: Source;
  onSource(source: Source): void;
  form: EstimateForm;
  update(change: Partial<EstimateForm>): void;
  setValue(id: string, value: string): void;
  /** The calculator's inputs' problems, by input id. */
  calculatorErrors: FieldErrors;
  calculated: Calculated;
  /** Who pays under the order, to say when the estimate goes the other way. */
  payer: ParentId;
  typed: string;
  onTyped(value: string): void;
  /** New York's incomes then and now, when the state asks for them. */
  incomes: { before: string; after: string } | null;
  onIncome(which: "before" | "after", value: string): void;
  /** Problems at the typed amount and the incomes, by input id. */
  errors: Partial<Record<string, FieldError>>;
}

/** The calculator's answer as a new amount per month: who would pay whom, and its notes. */
function CalculatorResult({ calculated, payer }: { calculated: Calculated; payer: ParentId }) {
  const t = useText();
  const { language } = useLanguage();
  const text = useWorksheetText(language);
  const money = (amount: string) => formatMoney(amount, language);
  switch (calculated.kind) {
    case "waiting":
      return (
        <p id="modify-new-waiting" className="app-waiting">
          {t("modify-new-waiting")}
        </p>
      );
    case "fix":
      return (
        <p id="modify-new-fix" className="app-fix">
          {t("estimate-fix-field", { problem: calculated.problem })}
        </p>
      );
    case "refused":
      return (
        <div className="usa-alert usa-alert--error usa-alert--slim" id="modify-calculator-refused">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("modify-calculator-refused", { problem: calculated.problem })}</p>
          </div>
        </div>
      );
    case "estimate": {
      const { estimate, monthly } = calculated;
      const sentence =
        estimate.payer === null
          ? t("estimate-summary-none")
          : t(`estimate-summary-${estimate.payer}-pays`, { amount: money(monthly), per: "month" });
      return (
        <>
          <p id="modify-new-monthly" className="app-amount">
            {money(monthly)}
          </p>
          <p id="modify-new-summary" className="app-summary">
            {sentence}
          </p>
          {estimate.per !== "month" && (
            <p id="modify-new-converted">
              {t("modify-new-converted", { amount: money(estimate.amount), per: estimate.per, monthly: money(monthly) })}
            </p>
          )}
          {estimate.payer !== null && estimate.payer !== payer && (
            <p id="modify-new-flipped" className="app-modify__flipped">
              {t("modify-new-flipped")}
            </p>
          )}
          {estimate.notes.length > 0 && (
            <ul id="modify-new-notes" className="usa-list app-modify__notes">
              {estimate.notes.map((note, index) => {
                const shown = text({ key: note.key, args: note.args, english: note.text });
                return (
                  <li key={index} lang={shown.lang}>
                    {shown.text}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      );
    }
  }
}

/**
 * Step 2: the new amount per month, from the guideline calculator prefilled
 * from the case (its state fixed), or typed by the parent when the
 * calculator can't do the state or they already know it. For New York, the
 * parent's gross income then and now too.
 */
export function NewEstimate(props: NewEstimateProps) {
  const t = useText();
  const { calculator, stateName, source, form, errors } = props;
  const info = calculator.kind === "ready" ? calculator.info : undefined;
  const available = info?.complete === true;
  const beforeError = errors[IDS.incomeBefore];
  const afterError = errors[IDS.incomeAfter];
  const typedError = errors[IDS.estimate];
  return (
    <section className="app-modify__step" id="modify-step-estimate" aria-labelledby="modify-step-estimate-heading">
      <h2 id="modify-step-estimate-heading">{t("modify-step-estimate")}</h2>
      {calculator.kind === "loading" && (
        <p id="modify-calculator-loading" role="status">
          {t("modify-loading")}
        </p>
      )}
      {calculator.kind === "ready" && !available && (
        <div className="usa-alert usa-alert--info app-modify__alert" id="modify-calculator-unavailable">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">{t("modify-calculator-unavailable-heading")}</h3>
            <p className="usa-alert__text">{t("modify-calculator-unavailable", { state: stateName })}</p>
          </div>
        </div>
      )}
      {available && <p>{t("modify-estimate-intro", { state: stateName })}</p>}
      {calculator.kind === "ready" && (
        <form className="app-modify__form app-estimate-form" noValidate onSubmit={(event) => event.preventDefault()}>
          {available && (
            <button
              type="button"
              className="usa-button usa-button--unstyled app-modify__source"
              id="modify-source-toggle"
              data-source={source}
              onClick={() => props.onSource(source === "calculator" ? "typed" : "calculator")}
            >
              {t(source === "calculator" ? "modify-use-typed" : "modify-use-calculator")}
            </button>
          )}
          {source === "calculator" && info && available && (
            <EstimateFields
              form={form}
              info={info}
              errors={props.calculatorErrors}
              update={props.update}
              setValue={props.setValue}
              ids={CALCULATOR_IDS}
              detailsLevel={3}
            />
          )}
          {source === "typed" && (
            <TextField
              id={IDS.estimate}
              label={t("modify-estimate-label")}
              hint={t("modify-estimate-hint")}
              value={props.typed}
              onChange={props.onTyped}
              error={typedError?.text}
              problem={typedError?.problem}
              money
            />
          )}
          {props.incomes && (
            <fieldset className="usa-fieldset app-pair" id="modify-incomes">
              <legend className="usa-legend">{t("modify-incomes-legend")}</legend>
              <div className="usa-hint" id="modify-incomes-hint">
                {t("modify-incomes-hint")}
              </div>
              <div className="grid-row grid-gap">
                <div className="tablet:grid-col-6">
                  <TextField
                    id={IDS.incomeBefore}
                    label={t("modify-income-before")}
                    alsoDescribedBy="modify-incomes-hint"
                    value={props.incomes.before}
                    onChange={(value) => props.onIncome("before", value)}
                    error={beforeError?.text}
                    problem={beforeError?.problem}
                    money
                  />
                </div>
                <div className="tablet:grid-col-6">
                  <TextField
                    id={IDS.incomeAfter}
                    label={t("modify-income-after")}
                    alsoDescribedBy="modify-incomes-hint"
                    value={props.incomes.after}
                    onChange={(value) => props.onIncome("after", value)}
                    error={afterError?.text}
                    problem={afterError?.problem}
                    money
                  />
                </div>
              </div>
            </fieldset>
          )}
        </form>
      )}
      {source === "calculator" && available && (
        <div className="app-modify__new">
          <h3 id="modify-new-heading">{t("modify-new-heading")}</h3>
          <div id="modify-new-result" aria-live="polite">
            <CalculatorResult calculated={props.calculated} payer={props.payer} />
          </div>
        </div>
      )}
    </section>
  );
}
