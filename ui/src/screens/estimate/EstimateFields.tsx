import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import type { ParentField } from "../../bindings/ParentField";
import type { ParentId } from "../../bindings/ParentId";
import { useText } from "../../l10n/useText";
import { Disclosure } from "./Disclosure";
import { INPUT_IDS, PARENTS, inputId, type EstimateForm, type Period } from "./form";
import { ErrorMessage, errorId, FormGroup, PairField, TextField, type FieldErrors } from "./inputs";

interface EstimateFieldsProps {
  form: EstimateForm;
  info: JurisdictionInfo;
  errors: FieldErrors;
  update(change: Partial<EstimateForm>): void;
  setValue(id: string, value: string): void;
}

const PERIODS: readonly Period[] = ["month", "year"];

/** The facts about the case, once a state the calculator can estimate is chosen. */
export function EstimateFields({ form, info, errors, update, setValue }: EstimateFieldsProps) {
  const t = useText();
  const details = info.fields.filter((field): field is Exclude<ParentField, "overnights"> => field !== "overnights");
  const custodialError = errors[INPUT_IDS.custodial];
  const detailIds = [INPUT_IDS.asOf, ...details.flatMap((field) => PARENTS.map((parent) => inputId(field, parent)))];
  const detailError = detailIds.some((id) => errors[id]);

  return (
    <>
      <TextField
        id={INPUT_IDS.children}
        label={t("estimate-children-label")}
        hint={t("estimate-children-hint")}
        value={form.children}
        onChange={(children) => update({ children })}
        error={errors[INPUT_IDS.children]}
        className="usa-input--small"
      />

      <FormGroup error={Boolean(custodialError)}>
        <fieldset
          className="usa-fieldset"
          id={INPUT_IDS.custodial}
          role="radiogroup"
          aria-labelledby="custodial-legend"
          aria-describedby={custodialError ? errorId(INPUT_IDS.custodial) : undefined}
          aria-invalid={custodialError ? true : undefined}
        >
          <legend className="usa-legend" id="custodial-legend">
            {t("estimate-custodial-legend")}
          </legend>
          <ErrorMessage target={INPUT_IDS.custodial} text={custodialError} />
          {PARENTS.map((parent: ParentId) => (
            <div key={parent} className="usa-radio">
              <input
                className="usa-radio__input"
                id={`custodial-${parent}`}
                type="radio"
                name="custodial"
                value={parent}
                checked={form.custodial === parent}
                onChange={() => update({ custodial: parent })}
                aria-describedby={custodialError ? errorId(INPUT_IDS.custodial) : undefined}
              />
              <label className="usa-radio__label" htmlFor={`custodial-${parent}`}>
                {t(`estimate-custodial-${parent}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </FormGroup>

      <FormGroup error={false}>
        <label className="usa-label" htmlFor="income-period">
          {t("estimate-period-label")}
        </label>
        <div className="usa-hint" id="income-period-hint">
          {t("estimate-period-hint")}
        </div>
        <select
          className="usa-select usa-input--medium"
          id="income-period"
          name="income-period"
          value={form.period}
          onChange={(event) => update({ period: event.target.value === "year" ? "year" : "month" })}
          aria-describedby="income-period-hint"
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(`estimate-period-${period}`)}
            </option>
          ))}
        </select>
      </FormGroup>

      <PairField
        entry="income"
        legend={t(`estimate-income-${info.income_basis}`)}
        hint={t(`estimate-income-${info.income_basis}-hint`, { period: form.period })}
        values={form.values}
        onChange={setValue}
        errors={errors}
      />

      {info.fields.includes("overnights") && (
        <PairField
          entry="overnights"
          legend={t("estimate-overnights-legend")}
          hint={t("estimate-overnights-hint")}
          labels={{ a: t("estimate-overnights-a"), b: t("estimate-overnights-b") }}
          values={form.values}
          onChange={setValue}
          errors={errors}
        />
      )}

      <Disclosure id="estimate-details" title={t("estimate-details-title")} forceOpen={detailError}>
        {details.map((field) => (
          <PairField
            key={field}
            entry={field}
            legend={t(`estimate-field-${field}`)}
            hint={t(`estimate-field-${field}-hint`, { period: form.period })}
            values={form.values}
            onChange={setValue}
            errors={errors}
          />
        ))}
        <FormGroup error={Boolean(errors[INPUT_IDS.asOf])}>
          <label className="usa-label" htmlFor={INPUT_IDS.asOf}>
            {t("estimate-date-label")}
          </label>
          <div className="usa-hint" id="estimate-date-hint">
            {t("estimate-date-hint")}
          </div>
          <ErrorMessage target={INPUT_IDS.asOf} text={errors[INPUT_IDS.asOf]} />
          <input
            className={`usa-input usa-input--medium${errors[INPUT_IDS.asOf] ? " usa-input--error" : ""}`}
            id={INPUT_IDS.asOf}
            name={INPUT_IDS.asOf}
            type="date"
            value={form.asOf}
            onChange={(event) => update({ asOf: event.target.value })}
            aria-describedby={`estimate-date-hint${errors[INPUT_IDS.asOf] ? ` ${errorId(INPUT_IDS.asOf)}` : ""}`}
            aria-invalid={errors[INPUT_IDS.asOf] ? true : undefined}
          />
        </FormGroup>
      </Disclosure>
    </>
  );
}
