import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { AddressForm } from "../../bindings/AddressForm";
import type { FieldProblem } from "../../bindings/FieldProblem";
import { useLanguage } from "../../l10n/LanguageProvider";
import { localeOf } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { FormGroup } from "../estimate/inputs";
import { composeDate, errorIdOf, inputId, splitDate, STATE_CODES, type DateParts } from "./form";

/** A field's problem as the parent reads it, and its code (`data-problem`, for tests). */
export interface FieldError {
  text: string;
  problem: FieldProblem;
}

/** The problem shown at a field path, if any: provided by the step being shown. */
export const FieldErrorsContext = createContext<(field: string) => FieldError | undefined>(() => undefined);

export function useFieldError(field: string): FieldError | undefined {
  return useContext(FieldErrorsContext)(field);
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return list.length > 0 ? list.join(" ") : undefined;
}

/** The USWDS error message of a field (or group): `#<input id>-error`, with its problem code. */
export function FieldErrorMessage({ field, error }: { field: string; error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <span className="usa-error-message" id={errorIdOf(field)} data-problem={error.problem}>
      {error.text}
    </span>
  );
}

function Hint({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="usa-hint" id={id}>
      {text}
    </div>
  );
}

interface TextInputProps {
  field: string;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email" | "text";
  /** A USWDS width: `usa-input--medium` and so on. */
  width?: "small" | "medium" | "xl";
  /** A group's error that describes this input too (an incomplete address). */
  groupError?: string;
  /** Marked wrong as part of a group's error. */
  groupInvalid?: boolean;
}

/** A labelled text input with its hint and the USWDS error state. */
export function TextInput({ field, label, hint, value, onChange, type = "text", autoComplete = "off", inputMode, width, groupError, groupInvalid = false }: TextInputProps) {
  const id = inputId(field);
  const error = useFieldError(field);
  const invalid = Boolean(error) || groupInvalid;
  return (
    <FormGroup error={Boolean(error)}>
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} text={hint} />
      <FieldErrorMessage field={field} error={error} />
      <input
        className={`usa-input${width ? ` usa-input--${width}` : ""}${invalid ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint && `${id}-hint`, groupError, error && errorIdOf(field))}
        aria-invalid={invalid ? true : undefined}
      />
    </FormGroup>
  );
}

interface TextAreaProps {
  field: string;
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
}

export function TextArea({ field, label, hint, value, onChange }: TextAreaProps) {
  const id = inputId(field);
  const error = useFieldError(field);
  return (
    <FormGroup error={Boolean(error)}>
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} text={hint} />
      <FieldErrorMessage field={field} error={error} />
      <textarea
        className={`usa-textarea${error ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        rows={4}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(`${id}-hint`, error && errorIdOf(field))}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}

interface MemorableDateProps {
  field: string;
  legend: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  /** The parent's own birthday: the browser may fill it in. */
  own?: boolean;
}

const DATE_PARTS = [
  { part: "month", maxLength: 2, autoComplete: "bday-month" },
  { part: "day", maxLength: 2, autoComplete: "bday-day" },
  { part: "year", maxLength: 4, autoComplete: "bday-year" },
] as const;

/**
 * The USWDS memorable date: month, day and year in a fieldset with one hint.
 * The parts are kept as typed; the form holds them composed (`YYYY-MM-DD`).
 */
export function MemorableDate({ field, legend, hint, value, onChange, own = false }: MemorableDateProps) {
  const t = useText();
  const id = inputId(field);
  const error = useFieldError(field);
  const [parts, setParts] = useState<DateParts>(() => splitDate(value));
  // A value changed from outside (a child removed above this one, a draft resumed) replaces what was typed.
  if (composeDate(parts) !== value) setParts(splitDate(value));
  const change = (part: keyof DateParts, typed: string) => {
    const next = { ...parts, [part]: typed };
    setParts(next);
    onChange(composeDate(next));
  };
  const hintId = `${id}-hint`;
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset className="usa-fieldset" id={id} aria-describedby={describedBy(hintId, error && errorIdOf(field))}>
        <legend className="usa-legend">{legend}</legend>
        <span className="usa-hint" id={hintId}>
          {hint}
        </span>
        <FieldErrorMessage field={field} error={error} />
        <div className="usa-memorable-date">
          {DATE_PARTS.map(({ part, maxLength, autoComplete }) => (
            <div key={part} className={`usa-form-group usa-form-group--${part}`}>
              <label className="usa-label" htmlFor={`${id}-${part}`}>
                {t(`apply-${part}`)}
              </label>
              <input
                className={`usa-input${error ? " usa-input--error" : ""}`}
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={maxLength}
                autoComplete={own ? autoComplete : "off"}
                value={parts[part]}
                onChange={(event) => change(part, event.target.value)}
                aria-describedby={describedBy(hintId, error && errorIdOf(field))}
                aria-invalid={error ? true : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}

interface StateSelectProps {
  field: string;
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete?: string;
  groupError?: string;
  groupInvalid?: boolean;
}

/** A select of the USPS codes the program serves, by name in the parent's language. */
export function StateSelect({ field, label, value, onChange, autoComplete = "off", groupError, groupInvalid = false }: StateSelectProps) {
  const t = useText();
  const { language } = useLanguage();
  const id = inputId(field);
  const error = useFieldError(field);
  const invalid = Boolean(error) || groupInvalid;
  const options = useMemo(() => {
    const collator = new Intl.Collator(localeOf(language));
    return STATE_CODES.map((code) => ({ code, name: t(`apply-state-${code}`) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [language, t]);
  const upper = value.trim().toUpperCase();
  const known = STATE_CODES.includes(upper);
  return (
    <FormGroup error={Boolean(error)}>
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <FieldErrorMessage field={field} error={error} />
      <select
        className={`usa-select${invalid ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        autoComplete={autoComplete}
        value={known ? upper : value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(groupError, error && errorIdOf(field))}
        aria-invalid={invalid ? true : undefined}
      >
        <option value="">{t("apply-address-state-choose")}</option>
        {/* Something saved that isn't a code stays visible, for the check to mark. */}
        {!known && value !== "" && <option value={value}>{value}</option>}
        {options.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Ids of the group's hint or error that describe it too. */
  describedBy?: string;
  invalid?: boolean;
  tile?: boolean;
}

/** A USWDS checkbox; a tile with its description inside the label. */
export function Checkbox({ id, label, hint, checked, onChange, describedBy: extra, invalid = false, tile = true }: CheckboxProps) {
  return (
    <div className="usa-checkbox">
      <input
        className={`usa-checkbox__input${tile ? " usa-checkbox__input--tile" : ""}`}
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={extra}
        aria-invalid={invalid ? true : undefined}
      />
      <label className="usa-checkbox__label" htmlFor={id}>
        {label}
        {hint && <span className="usa-checkbox__label-description">{hint}</span>}
      </label>
    </div>
  );
}

interface FieldsetProps {
  /** The field path of the group: its id, and its error's. */
  field: string;
  legend: ReactNode;
  hint?: string;
  className?: string;
  children: ReactNode;
}

/** A fieldset with a legend, a hint and the group's own error (a list, an address). */
export function GroupFieldset({ field, legend, hint, className, children }: FieldsetProps) {
  const id = inputId(field);
  const error = useFieldError(field);
  return (
    <FormGroup error={Boolean(error)}>
      <fieldset
        className={`usa-fieldset${className ? ` ${className}` : ""}`}
        id={id}
        aria-describedby={describedBy(hint && `${id}-hint`, error && errorIdOf(field))}
      >
        <legend className="usa-legend app-apply__legend">{legend}</legend>
        <Hint id={`${id}-hint`} text={hint} />
        <FieldErrorMessage field={field} error={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}

interface AddressFieldsProps {
  /** `applicant.address` or `other_parent.address`. */
  field: string;
  legend: string;
  hint?: string;
  value: AddressForm;
  onChange(change: Partial<AddressForm>): void;
  /** The parent's own address: the browser may fill it in. */
  own: boolean;
}

/** A US postal address: street, line 2, city, state and ZIP code. */
export function AddressFields({ field, legend, hint, value, onChange, own }: AddressFieldsProps) {
  const t = useText();
  const groupError = useFieldError(field);
  const groupErrorId = groupError ? errorIdOf(field) : undefined;
  const auto = (token: string) => (own ? token : "off");
  const missing = (part: string) => Boolean(groupError) && part.trim() === "";
  return (
    <GroupFieldset field={field} legend={legend} hint={hint} className="app-apply__address">
      <TextInput
        field={`${field}.line1`}
        label={t("apply-address-line1")}
        value={value.line1}
        onChange={(line1) => onChange({ line1 })}
        autoComplete={auto("address-line1")}
        groupError={groupErrorId}
        groupInvalid={missing(value.line1)}
      />
      <TextInput
        field={`${field}.line2`}
        label={t("apply-address-line2")}
        value={value.line2}
        onChange={(line2) => onChange({ line2 })}
        autoComplete={auto("address-line2")}
      />
      <TextInput
        field={`${field}.city`}
        label={t("apply-address-city")}
        value={value.city}
        onChange={(city) => onChange({ city })}
        autoComplete={auto("address-level2")}
        width="xl"
        groupError={groupErrorId}
        groupInvalid={missing(value.city)}
      />
      <StateSelect
        field={`${field}.state`}
        label={t("apply-address-state")}
        value={value.state}
        onChange={(state) => onChange({ state })}
        autoComplete={auto("address-level1")}
        groupError={groupErrorId}
        groupInvalid={missing(value.state)}
      />
      <TextInput
        field={`${field}.zip`}
        label={t("apply-address-zip")}
        value={value.zip}
        onChange={(zip) => onChange({ zip })}
        autoComplete={auto("postal-code")}
        inputMode="numeric"
        width="medium"
        groupError={groupErrorId}
        groupInvalid={missing(value.zip)}
      />
    </GroupFieldset>
  );
}
