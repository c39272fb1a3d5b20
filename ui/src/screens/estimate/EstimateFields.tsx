import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import type { ParentField } from "../../bindings/ParentField";
import type { ParentId } from "../../bindings/ParentId";
import { useText } from "../../l10n/useText";
import { Disclosure } from "./Disclosure";
import { INPUT_IDS, PARENTS, inputId, type EstimateForm, type FieldIds, type Period } from "./form";
import { ErrorMessage, errorId, FormGroup, PairField, TextField, type FieldErrors } from "./inputs";

interface EstimateFieldsProps {
  form: EstimateForm;
  info: JurisdictionInfo;
  errors: FieldErrors;
  update(change: Partial<EstimateForm>): void;
  setValue(id: string, value: string): void;
  /** The inputs' ids: the Estimate screen's when left out. */
  ids?: FieldIds;
  /** The level of the More details heading (2 when left out). */
  detailsLevel?: 2 | 3 | 4;
}

const PERIODS: readonly Period[] = ["month", "year"];

/** The facts about the case, once a state the calculator can estimate is chosen. */
export function EstimateFields({ form, info, errors, update, setValue, ids = INPUT_IDS, detailsLevel = 2 }: EstimateFieldsProps) {
  const t = useText();
  const details = info.fields.filter((field): field is Exclude<ParentField, "overnights"> => field !== "overnights");
  const custodialError = errors[ids.custodial];
  const detailIds = [ids.asOf, ...details.flatMap((field) => PARENTS.map((parent) => inputId(field, parent, ids.parent)))];
  const detailError = detailIds.some((id) => errors[id]);

  return (
    <>
      <TextField
        id={ids.children}
        label={t("estimate-children-label")}
        hint={t("estimate-children-hint")}
        value={form.children}
        onChange={(children) => update({ children })}
        error={errors[ids.children]}
        className="usa-input--small"
      />

      <FormGroup error={Boolean(custodialError)}>
        <fieldset
          className="usa-fieldset"
          id={ids.custodial}
          role="radiogroup"
          aria-labelledby={`${ids.custodial}-legend`}
          aria-describedby={custodialError ? errorId(ids.custodial) : undefined}
          aria-invalid={custodialError ? true : undefined}
        >
          <legend className="usa-legend" id={`${ids.custodial}-legend`}>
            {t("estimate-custodial-legend")}
          </legend>
          <ErrorMessage target={ids.custodial} text={custodialError} />
          {PARENTS.map((parent: ParentId) => (
            <div key={parent} className="usa-radio">
              <input
                className="usa-radio__input"
                id={`${ids.custodial}-${parent}`}
                type="radio"
                name={ids.custodial}
                value={parent}
                checked={form.custodial === parent}
                onChange={() => update({ custodial: parent })}
                aria-describedby={custodialError ? errorId(ids.custodial) : undefined}
              />
              <label className="usa-radio__label" htmlFor={`${ids.custodial}-${parent}`}>
                {t(`estimate-custodial-${parent}`)}
              </label>
            </div>
          ))}
        </fieldset>
      </FormGroup>

      <FormGroup error={false}>
        <label className="usa-label" htmlFor={ids.period}>
          {t("estimate-period-label")}
        </label>
        <div className="usa-hint" id={`${ids.period}-hint`}>
          {t("estimate-period-hint")}
        </div>
        <select
          className="usa-select usa-input--medium"
          id={ids.period}
          name={ids.period}
          value={form.period}
          onChange={(event) => update({ period: event.target.value === "year" ? "year" : "month" })}
          aria-describedby={`${ids.period}-hint`}
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
        prefix={ids.parent}
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
          prefix={ids.parent}
        />
      )}

      <Disclosure id={ids.details} title={t("estimate-details-title")} forceOpen={detailError} level={detailsLevel}>
        {details.map((field) => (
          <PairField
            key={field}
            entry={field}
            legend={t(`estimate-field-${field}`)}
            hint={t(`estimate-field-${field}-hint`, { period: form.period })}
            values={form.values}
            onChange={setValue}
            errors={errors}
            prefix={ids.parent}
          />
        ))}
        <FormGroup error={Boolean(errors[ids.asOf])}>
          <label className="usa-label" htmlFor={ids.asOf}>
            {t("estimate-date-label")}
          </label>
          <div className="usa-hint" id={`${ids.asOf}-hint`}>
            {t("estimate-date-hint")}
          </div>
          <ErrorMessage target={ids.asOf} text={errors[ids.asOf]} />
          <input
            className={`usa-input usa-input--medium${errors[ids.asOf] ? " usa-input--error" : ""}`}
            id={ids.asOf}
            name={ids.asOf}
            type="date"
            value={form.asOf}
            onChange={(event) => update({ asOf: event.target.value })}
            aria-describedby={`${ids.asOf}-hint${errors[ids.asOf] ? ` ${errorId(ids.asOf)}` : ""}`}
            aria-invalid={errors[ids.asOf] ? true : undefined}
          />
        </FormGroup>
      </Disclosure>
    </>
  );
}
