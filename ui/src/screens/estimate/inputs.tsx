import type { ReactNode } from "react";
import type { ParentId } from "../../bindings/ParentId";
import { useText } from "../../l10n/useText";
import { inputId, isCount, PARENTS, type Entry } from "./form";

/** Input id -> the translated problem with it. */
export type FieldErrors = Partial<Record<string, string>>;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string");
  return list.length > 0 ? list.join(" ") : undefined;
}

export function errorId(target: string): string {
  return `${target}-error`;
}

/** The USWDS form group, with its error state. */
export function FormGroup({ error, children }: { error: boolean; children: ReactNode }) {
  return <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>{children}</div>;
}

/** The USWDS error message of an input; `problem` (a reason code) goes in `data-problem`. */
export function ErrorMessage({ target, text, problem }: { target: string; text: string | undefined; problem?: string }) {
  if (!text) return null;
  return (
    <span className="usa-error-message" id={errorId(target)} data-problem={problem}>
      {text}
    </span>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Ids of hints outside this group (a fieldset's) that describe the input too. */
  alsoDescribedBy?: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  /** The reason code of the error, for its `data-problem`. */
  problem?: string;
  money?: boolean;
  className?: string;
}

/** A labelled text input for an amount (with the `$` prefix) or a whole number. */
export function TextField({ id, label, hint, alsoDescribedBy, value, onChange, error, problem, money = false, className }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const input = (
    <input
      className={`usa-input${className ? ` ${className}` : ""}${error ? " usa-input--error" : ""}`}
      id={id}
      name={id}
      type="text"
      inputMode={money ? "decimal" : "numeric"}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy(alsoDescribedBy, hintId, error && errorId(id))}
      aria-invalid={error ? true : undefined}
    />
  );
  return (
    <FormGroup error={Boolean(error)}>
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      <ErrorMessage target={id} text={error} problem={problem} />
      {money ? (
        <div className={`usa-input-group app-money${error ? " usa-input-group--error" : ""}`}>
          <div className="usa-input-prefix" aria-hidden="true">
            $
          </div>
          {input}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}

interface PairFieldProps {
  entry: Entry;
  legend: string;
  hint: string;
  /** The label of each parent's input; "You" and "The other parent" unless given. */
  labels?: Record<ParentId, string>;
  values: Partial<Record<string, string>>;
  onChange(id: string, value: string): void;
  errors: FieldErrors;
  /** Put before the inputs' ids (see `inputId`); none on the Estimate screen. */
  prefix?: string;
}

/** One fact about both parents: a fieldset with an input for each, side by side. */
export function PairField({ entry, legend, hint, labels, values, onChange, errors, prefix = "" }: PairFieldProps) {
  const t = useText();
  const hintId = `${prefix}${entry.replace(/_/g, "-")}-hint`;
  return (
    <fieldset className="usa-fieldset app-pair">
      <legend className="usa-legend">{legend}</legend>
      <div className="usa-hint" id={hintId}>
        {hint}
      </div>
      <div className="grid-row grid-gap">
        {PARENTS.map((parent) => {
          const id = inputId(entry, parent, prefix);
          return (
            <div key={parent} className="tablet:grid-col-6">
              <TextField
                id={id}
                label={labels?.[parent] ?? t(`estimate-parent-${parent}`)}
                alsoDescribedBy={hintId}
                value={values[id] ?? ""}
                onChange={(value) => onChange(id, value)}
                error={errors[id]}
                money={!isCount(entry)}
                className={isCount(entry) ? "usa-input--small" : undefined}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
