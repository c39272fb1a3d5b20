import { useEffect, useState } from "react";
import type { ModificationReason } from "../../bindings/agency/ModificationReason";
import { useText } from "../../l10n/useText";
import { ErrorMessage, errorId, FormGroup } from "../estimate/inputs";
import { characters, DETAILS_MAX, IDS, REASONS, type FieldError } from "./form";

/** How long the character count waits for typing to pause before it is read out (as USWDS does). */
const ANNOUNCE_MS = 1000;

/** `1,995 characters left` or `5 characters over the limit`, and whether it is over. */
function countText(t: ReturnType<typeof useText>, length: number): { text: string; over: boolean } {
  const left = DETAILS_MAX - length;
  return left >= 0 ? { text: t("modify-details-left", { count: left }), over: false } : { text: t("modify-details-over", { count: -left }), over: true };
}

/**
 * The USWDS character count: what is left is shown at once and read out by
 * screen readers once typing pauses. The field takes more than the limit, so
 * that a pasted text can be cut down; the error comes when the request is sent.
 */
function DetailsField({ value, onChange, error }: { value: string; onChange(value: string): void; error: FieldError | undefined }) {
  const t = useText();
  const length = characters(value);
  const shown = countText(t, length);
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (length === 0) return;
    const timer = window.setTimeout(() => setAnnounced(countText(t, length).text), ANNOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [length, t]);
  const id = IDS.details;
  return (
    <div className="usa-character-count">
      <FormGroup error={Boolean(error)}>
        <label className="usa-label" htmlFor={id}>
          {t("modify-details-label")}
        </label>
        <div className="usa-hint" id={`${id}-hint`}>
          {t("modify-details-hint")}
        </div>
        <ErrorMessage target={id} text={error?.text} problem={error?.problem} />
        <textarea
          className={`usa-textarea usa-character-count__field${error || shown.over ? " usa-input--error" : ""}`}
          id={id}
          name={id}
          rows={6}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={`${id}-hint ${id}-info${error ? ` ${errorId(id)}` : ""}`}
          aria-invalid={error ? true : undefined}
        />
        <span id={`${id}-info`} className="usa-character-count__message usa-sr-only">
          {t("modify-details-limit")}
        </span>
        <span
          id={`${id}-count`}
          className={`usa-hint usa-character-count__status${shown.over ? " usa-character-count__status--invalid" : ""}`}
          aria-hidden="true"
          data-over={shown.over}
        >
          {shown.text}
        </span>
        <span className="usa-character-count__sr-status usa-sr-only" aria-live="polite">
          {length === 0 ? "" : announced}
        </span>
      </FormGroup>
    </div>
  );
}

interface WhatChangedProps {
  reason: ModificationReason | "";
  details: string;
  onReason(reason: ModificationReason): void;
  onDetails(details: string): void;
  errors: Partial<Record<string, FieldError>>;
}

/** Step 1: why the parent asks (radios), and what changed in their own words. */
export function WhatChanged({ reason, details, onReason, onDetails, errors }: WhatChangedProps) {
  const t = useText();
  const reasonError = errors[IDS.reason];
  const describedBy = `${IDS.reason}-hint${reasonError ? ` ${errorId(IDS.reason)}` : ""}`;
  return (
    <section className="app-modify__step" id="modify-step-changed" aria-labelledby="modify-step-changed-heading">
      <h2 id="modify-step-changed-heading">{t("modify-step-changed")}</h2>
      <form className="app-modify__form" noValidate onSubmit={(event) => event.preventDefault()}>
        <FormGroup error={Boolean(reasonError)}>
          <fieldset
            className="usa-fieldset"
            id={IDS.reason}
            role="radiogroup"
            aria-labelledby={`${IDS.reason}-legend`}
            aria-describedby={describedBy}
            aria-invalid={reasonError ? true : undefined}
          >
            <legend className="usa-legend" id={`${IDS.reason}-legend`}>
              {t("modify-reason-legend")}
            </legend>
            <div className="usa-hint" id={`${IDS.reason}-hint`}>
              {t("modify-reason-hint")}
            </div>
            <ErrorMessage target={IDS.reason} text={reasonError?.text} problem={reasonError?.problem} />
            {REASONS.map((candidate) => (
              <div key={candidate} className="usa-radio">
                <input
                  className="usa-radio__input"
                  id={`${IDS.reason}-${candidate}`}
                  type="radio"
                  name={IDS.reason}
                  value={candidate}
                  checked={reason === candidate}
                  onChange={() => onReason(candidate)}
                  aria-describedby={reasonError ? errorId(IDS.reason) : undefined}
                />
                <label className="usa-radio__label" htmlFor={`${IDS.reason}-${candidate}`}>
                  {t(`modify-reason-${candidate}`)}
                </label>
              </div>
            ))}
          </fieldset>
        </FormGroup>
        <DetailsField value={details} onChange={onDetails} error={errors[IDS.details]} />
      </form>
    </section>
  );
}
