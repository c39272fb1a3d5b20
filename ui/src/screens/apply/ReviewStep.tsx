import type { ReactNode } from "react";
import type { AddressForm } from "../../bindings/AddressForm";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { FormGroup } from "../estimate/inputs";
import { Checkbox, FieldErrorMessage, TextInput, useFieldError } from "./fields";
import { errorIdOf, feeWaived, hasAddress, MAX_FEE, SAFETY_FIELDS, ssnEnding, STATE_CODES, STEPS, type Edit } from "./form";

interface ReviewStepProps {
  form: ApplicationForm;
  edit: Edit;
  /** Goes back to a step to change its answers. */
  onChange(step: number): void;
}

function Answer({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="app-apply__answer">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One step's answers, with the button that goes back to it. */
function Section({ step, title, onChange, children }: { step: number; title?: string; onChange(step: number): void; children: ReactNode }) {
  const t = useText();
  const name = t(`apply-step-${STEPS[step] ?? "review"}`);
  return (
    <div className="app-apply__review-section" id={`apply-review-${step}`}>
      <div className="app-apply__review-head">
        <h3 className="app-apply__review-heading" id={`apply-review-${step}-heading`}>
          {title ?? name}
        </h3>
        <button
          type="button"
          className="usa-button usa-button--unstyled app-apply__change"
          id={`apply-change-${step}`}
          aria-label={`${t("apply-change")} ${name}`}
          onClick={() => onChange(step)}
        >
          {t("apply-change")}
        </button>
      </div>
      <dl className="app-apply__answers">{children}</dl>
    </div>
  );
}

/** The answers of every step, then the signature: the typed name and the consent. */
export function ReviewStep({ form, edit, onChange }: ReviewStepProps) {
  const t = useText();
  const { language } = useLanguage();
  const consentError = useFieldError("signature.consent");
  const none = <span className="app-apply__none">{t("apply-answer-none")}</span>;
  const text = (value: string) => (value.trim() === "" ? none : value.trim());
  const name = (given: string, family: string) => text(`${given.trim()} ${family.trim()}`);
  const date = (value: string) => (value.trim() === "" ? none : formatDay(value.trim(), language));
  const ssn = (value: string) => {
    if (value.trim() === "") return none;
    const ending = ssnEnding(value);
    return ending ? t("apply-review-ssn-ending", { digits: ending }) : value.trim();
  };
  const stateName = (code: string) => {
    const upper = code.trim().toUpperCase();
    return STATE_CODES.includes(upper) ? t(`apply-state-${upper}`) : code.trim();
  };
  const address = (value: AddressForm) => {
    if (!hasAddress(value)) return none;
    const last = [value.city.trim(), [value.state.trim().toUpperCase(), value.zip.trim()].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    return [value.line1, value.line2, last]
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .map((line, index) => (
        <span key={index} className="app-apply__line">
          {line}
        </span>
      ));
  };
  const { applicant, other_parent: other } = form;
  const benefits = [applicant.receives_tanf && t("apply-receives_tanf"), applicant.receives_medicaid && t("apply-receives_medicaid")].filter(
    (benefit): benefit is string => typeof benefit === "string",
  );
  const safety = SAFETY_FIELDS.filter((key) => form.safety[key]);
  const amount = formatMoney(MAX_FEE, language);

  return (
    <>
      <p className="app-apply__intro">{t("apply-review-intro")}</p>
      <Section step={0} onChange={onChange}>
        <Answer term={t("apply-review-name")}>{name(applicant.given_name, applicant.family_name)}</Answer>
        <Answer term={t("apply-review-dob")}>{date(applicant.date_of_birth)}</Answer>
        <Answer term={t("apply-review-ssn")}>{ssn(applicant.ssn)}</Answer>
        <Answer term={t("apply-review-phone")}>{text(applicant.phone)}</Answer>
        <Answer term={t("apply-review-email")}>{text(applicant.email)}</Answer>
        <Answer term={t("apply-review-address")}>{address(applicant.address)}</Answer>
        <Answer term={t("apply-review-benefits")}>{benefits.length > 0 ? benefits.join(", ") : t("apply-review-benefits-none")}</Answer>
      </Section>
      <Section step={1} onChange={onChange}>
        <Answer term={t("apply-review-name")}>{name(other.given_name, other.family_name)}</Answer>
        <Answer term={t("apply-review-aliases")}>
          {text(
            other.aliases
              .split(/[,\n]/)
              .map((alias) => alias.trim())
              .filter(Boolean)
              .join(", "),
          )}
        </Answer>
        <Answer term={t("apply-review-dob")}>{date(other.date_of_birth)}</Answer>
        <Answer term={t("apply-review-ssn")}>{ssn(other.ssn)}</Answer>
        <Answer term={t("apply-review-address")}>{address(other.address)}</Answer>
        <Answer term={t("apply-review-phone")}>{text(other.phone)}</Answer>
        <Answer term={t("apply-review-employer")}>{text(other.employer)}</Answer>
        <Answer term={t("apply-review-description")}>{text(other.description)}</Answer>
      </Section>
      <Section step={2} onChange={onChange}>
        {form.children.map((child, index) => (
          <Answer key={index} term={t("apply-child", { number: index + 1 })}>
            <span className="app-apply__line">{name(child.given_name, child.family_name)}</span>
            <span className="app-apply__line">{date(child.date_of_birth)}</span>
            <span className="app-apply__line">
              {t("apply-review-paternity")}: {child.paternity ? t(`apply-paternity-${child.paternity}`) : none}
            </span>
          </Answer>
        ))}
      </Section>
      <Section step={3} onChange={onChange}>
        {form.existing_orders.length === 0 ? (
          <Answer term={t("apply-step-orders")}>{t("apply-review-orders-none")}</Answer>
        ) : (
          form.existing_orders.map((order, index) => (
            <Answer key={index} term={t("apply-order", { number: index + 1 })}>
              {t("apply-review-order-value", { court: order.court.trim(), state: stateName(order.state), number: order.case_number.trim() })}
            </Answer>
          ))
        )}
      </Section>
      <Section step={4} onChange={onChange}>
        <Answer term={t("apply-step-services")}>
          {form.services.length === 0 ? (
            none
          ) : (
            <ul className="usa-list app-apply__review-list">
              {form.services.map((service) => (
                <li key={service}>{t(`apply-service-${service}`)}</li>
              ))}
            </ul>
          )}
        </Answer>
      </Section>
      <Section step={5} onChange={onChange}>
        <Answer term={t("apply-step-safety")}>
          {safety.length === 0 ? (
            t("apply-review-safety-none")
          ) : (
            <ul className="usa-list app-apply__review-list">
              {safety.map((key) => (
                <li key={key}>{t(`apply-safety-${key}`)}</li>
              ))}
            </ul>
          )}
        </Answer>
      </Section>
      <Section step={6} onChange={onChange}>
        <Answer term={t("apply-review-fee")}>
          {feeWaived(form) ? t("apply-review-fee-waived") : t("apply-review-fee-may-apply", { amount })}
        </Answer>
      </Section>

      <div className="app-apply__sign" id="apply-sign">
        <h3 id="apply-sign-heading">{t("apply-sign-heading")}</h3>
        <p>{t("apply-sign-text")}</p>
        <TextInput
          field="signature.typed_name"
          label={t("apply-signature-typed_name")}
          hint={t("apply-signature-typed_name-hint")}
          value={form.signature.typed_name}
          onChange={(typed_name) => edit((f) => ({ ...f, signature: { ...f.signature, typed_name } }))}
          autoComplete="name"
        />
        <FormGroup error={Boolean(consentError)}>
          <FieldErrorMessage field="signature.consent" error={consentError} />
          <Checkbox
            id="apply-signature-consent"
            label={t("apply-signature-consent")}
            checked={form.signature.consent}
            onChange={(consent) => edit((f) => ({ ...f, signature: { ...f.signature, consent } }))}
            describedBy={consentError ? errorIdOf("signature.consent") : undefined}
            invalid={Boolean(consentError)}
            tile={false}
          />
        </FormGroup>
      </div>
    </>
  );
}
