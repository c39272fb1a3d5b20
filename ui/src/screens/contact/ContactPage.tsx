import { Alert, AlertText, Button } from "../../uswds";
import { ErrorSummary } from "../../uswds/ErrorSummary";
import { useRef, useState, type FormEvent } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { ContactUpdate } from "../../bindings/agency/ContactUpdate";
import type { ContactVisibility } from "../../bindings/agency/ContactVisibility";
import type { AddressForm } from "../../bindings/AddressForm";
import type { ContactForm } from "../../bindings/ContactForm";
import type { FieldIssue } from "../../bindings/FieldIssue";
import type { IpcError } from "../../bindings/IpcError";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoment } from "../../l10n/format";
import { useErrorText, useText, useTextOr } from "../../l10n/useText";
import { STATE_CODES } from "../apply/form";
import { useAccountData } from "../home/useAccountData";
import { useContactUpdates } from "./useContactUpdates";

const EMPTY: ContactForm = {
  address: { line1: "", line2: "", city: "", state: "", zip: "" },
  phone: "",
  email: "",
  employer: { name: "", address: { line1: "", line2: "", city: "", state: "", zip: "" }, phone: "", start_date: "" },
};

/** The input id of a field path: `address.zip` -> `contact-address-zip`. */
export function contactInputId(field: string): string {
  return `contact-${field.replace(/\./g, "-")}`;
}

interface FieldProps {
  field: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  onChange(value: string): void;
}

function Field({ field, label, hint, value, error, type = "text", autoComplete = "off", onChange }: FieldProps) {
  const id = contactInputId(field);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
      <label className={`usa-label${error ? " usa-label--error" : ""}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input
        className={`usa-input${error ? " usa-input--error" : ""}`}
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The parts of an address whose field paths start with `prefix` (`address`, `employer.address`). A part left empty of an address begun is marked with the address's own error. */
function AddressFields({
  prefix,
  value,
  errorOf,
  onChange,
  personal,
}: {
  prefix: string;
  value: AddressForm;
  errorOf(field: string): string | undefined;
  onChange(change: Partial<AddressForm>): void;
  /** The parent's own address: the browser may offer to fill it in. */
  personal: boolean;
}) {
  const t = useText();
  const whole = errorOf(prefix);
  const partError = (part: keyof AddressForm) => errorOf(`${prefix}.${part}`) ?? (whole && part !== "line2" && value[part].trim() === "" ? whole : undefined);
  const auto = (token: string) => (personal ? token : "off");
  const stateId = contactInputId(`${prefix}.state`);
  const stateError = partError("state");
  return (
    <>
      <Field field={`${prefix}.line1`} label={t("apply-address-line1")} value={value.line1} error={partError("line1")} autoComplete={auto("address-line1")} onChange={(line1) => onChange({ line1 })} />
      <Field field={`${prefix}.line2`} label={t("apply-address-line2")} value={value.line2} error={partError("line2")} autoComplete={auto("address-line2")} onChange={(line2) => onChange({ line2 })} />
      <Field field={`${prefix}.city`} label={t("apply-address-city")} value={value.city} error={partError("city")} autoComplete={auto("address-level2")} onChange={(city) => onChange({ city })} />
      <div className={`usa-form-group${stateError ? " usa-form-group--error" : ""}`}>
        <label className={`usa-label${stateError ? " usa-label--error" : ""}`} htmlFor={stateId}>
          {t("apply-address-state")}
        </label>
        {stateError && (
          <span className="usa-error-message" id={`${stateId}-error`}>
            {stateError}
          </span>
        )}
        <select
          className="usa-select"
          id={stateId}
          name={stateId}
          value={value.state}
          autoComplete={auto("address-level1")}
          aria-invalid={stateError ? true : undefined}
          aria-describedby={stateError ? `${stateId}-error` : undefined}
          onChange={(event) => onChange({ state: event.target.value })}
        >
          <option value="">{t("apply-address-state-choose")}</option>
          {STATE_CODES.map((code) => (
            <option key={code} value={code}>
              {t(`apply-state-${code}`)}
            </option>
          ))}
        </select>
      </div>
      <Field field={`${prefix}.zip`} label={t("apply-address-zip")} value={value.zip} error={partError("zip")} autoComplete={auto("postal-code")} onChange={(zip) => onChange({ zip })} />
    </>
  );
}

/** The input that a field error's link moves focus to: an address's error goes to its first line; "nothing filled in" to the first field. */
function focusTarget(field: string): string {
  if (field === "form" || field === "address") return contactInputId("address.line1");
  if (field === "employer.address") return contactInputId("employer.address.line1");
  return contactInputId(field);
}

/** Who can see the new details, case by case, said plainly. */
function VisibilityNotice({ visibility }: { visibility: ContactVisibility[] }) {
  const t = useText();
  if (visibility.length === 0) return null;
  const protectedCase = visibility.some((v) => v.family_violence);
  return (
    <Alert type={protectedCase ? "warning" : "info"} slim id="contact-visibility">
      <div className="usa-alert__text">
        <ul className="usa-list usa-list--unstyled">
          {visibility.map((v) => (
            <li key={v.case_id} data-case={v.case_id} data-other-parent-can-see={v.other_parent_can_see}>
              {t(v.other_parent_can_see ? "contact-visible" : v.family_violence ? "contact-hidden-safety" : "contact-hidden", { case: v.case_id })}
            </li>
          ))}
          <li>{t("contact-email-private")}</li>
          <li>{t("contact-employer-address-private")}</li>
        </ul>
      </div>
    </Alert>
  );
}

function UpdatesList({ updates }: { updates: ContactUpdate[] }) {
  const t = useText();
  const { language } = useLanguage();
  if (updates.length === 0) return null;
  const what = (u: ContactUpdate) =>
    [u.address && t("contact-what-address"), u.phone && t("contact-what-phone"), u.email && t("contact-what-email"), u.employer && t("contact-what-employer")]
      .filter(Boolean)
      .join(", ");
  return (
    <section aria-labelledby="contact-updates-heading">
      <h2 id="contact-updates-heading">{t("contact-updates-heading")}</h2>
      <ul className="usa-list usa-list--unstyled" id="contact-updates">
        {[...updates].reverse().map((u) => (
          <li key={u.id} data-update-id={u.id} data-status={u.status} className="app-contact__update">
            <strong>{t("contact-update-line", { id: u.id, what: what(u) })}</strong>{" "}
            <span className={`usa-tag app-contact__status app-contact__status--${u.status}`}>{t(`contact-status-${u.status}`)}</span>
            <div>{t("contact-update-sent", { time: formatMoment(u.submitted_at, language) })}</div>
            {u.note && <div>{t("contact-update-note", { note: u.note })}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The form, the notice of who can see what, and the updates sent so far. Mount it per signed-in parent. */
export function ContactPage() {
  const t = useText();
  const textOr = useTextOr();
  const errorText = useErrorText();
  const backend = useBackend();
  const account = useAccountData();
  const { held, error: loadError } = useContactUpdates();
  const [form, setForm] = useState<ContactForm>(EMPTY);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [sendError, setSendError] = useState<IpcError | null>(null);
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const issueText = (issue: FieldIssue) => {
    const key = issue.field.replace(/\./g, "-");
    return textOr(`contact-error-${key}-${issue.problem}`, t(`contact-error-${issue.problem}`));
  };
  const errorOf = (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? issueText(issue) : undefined;
  };

  const pending = account.outbox.filter((item) => item.kind === "contact_update" && item.state.state !== "delivered");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    setSendError(null);
    setSending(true);
    backend
      .checkContactUpdate(form)
      .then((found) => {
        setIssues(found);
        if (found.length > 0) {
          requestAnimationFrame(() => summary.current?.focus());
          return;
        }
        return backend.submitContactUpdate(form).then(() => {
          setSent(true);
          setForm(EMPTY);
        });
      })
      .catch((thrown: unknown) => setSendError(toIpcError(thrown)))
      .finally(() => setSending(false));
  };

  const set = (change: (previous: ContactForm) => ContactForm) => setForm((previous) => change(previous));
  const address = form.address;
  const employer = form.employer;

  return (
    <div className="app-contact">
      {loadError && (
        <Alert type="error" slim id="contact-load-error" role="alert">
          <AlertText>{t("account-error", { reason: errorText(loadError) })}</AlertText>
        </Alert>
      )}
      {held && <VisibilityNotice visibility={held.visibility} />}
      <div role="status" id="contact-sent">
        {sent && t("contact-sent")}
      </div>
      {pending.length > 0 && (
        <p id="contact-pending" data-count={pending.length}>
          {t("contact-pending", { count: pending.length })}
        </p>
      )}
      {issues.length > 0 && (
        <ErrorSummary
          id="contact-error-summary"
          ref={summary}
          level={2}
          heading={t("contact-error-summary", { count: issues.length })}
          groups={[
            {
              problems: issues.map((issue) => ({
                key: issue.field,
                text: issueText(issue),
                onGo: () => document.getElementById(focusTarget(issue.field))?.focus(),
              })),
            },
          ]}
        />
      )}
      {sendError && (
        <Alert type="error" slim id="contact-send-error" role="alert">
          <AlertText>{errorText(sendError)}</AlertText>
        </Alert>
      )}
      <form className="usa-form usa-form--large" id="contact-form" onSubmit={submit} noValidate>
        <p className="usa-hint">{t("contact-form-hint")}</p>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t("contact-address-legend")}</legend>
          <AddressFields prefix="address" personal value={address} errorOf={errorOf} onChange={(part) => set((f) => ({ ...f, address: { ...f.address, ...part } }))} />
        </fieldset>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t("contact-reach-legend")}</legend>
          <Field field="phone" type="tel" label={t("contact-phone")} hint={t("contact-phone-hint")} value={form.phone} error={errorOf("phone")} autoComplete="tel" onChange={(phone) => set((f) => ({ ...f, phone }))} />
          <Field field="email" type="email" label={t("contact-email")} value={form.email} error={errorOf("email")} autoComplete="email" onChange={(email) => set((f) => ({ ...f, email }))} />
        </fieldset>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend usa-legend--large">{t("contact-employer-legend")}</legend>
          <Field field="employer.name" label={t("contact-employer-name")} value={employer.name} error={errorOf("employer.name")} onChange={(name) => set((f) => ({ ...f, employer: { ...f.employer, name } }))} />
          <Field field="employer.start_date" label={t("contact-employer-start")} hint={t("contact-employer-start-hint")} value={employer.start_date} error={errorOf("employer.start_date")} onChange={(start_date) => set((f) => ({ ...f, employer: { ...f.employer, start_date } }))} />
          <Field field="employer.phone" type="tel" label={t("contact-employer-phone")} value={employer.phone} error={errorOf("employer.phone")} onChange={(phone) => set((f) => ({ ...f, employer: { ...f.employer, phone } }))} />
          <fieldset className="usa-fieldset app-contact__employer-address" aria-describedby="contact-employer-address-hint">
            <legend className="usa-legend">{t("contact-employer-address-legend")}</legend>
            <div className="usa-hint" id="contact-employer-address-hint">
              {t("contact-employer-address-hint")}
            </div>
            <AddressFields
              prefix="employer.address"
              personal={false}
              value={employer.address}
              errorOf={errorOf}
              onChange={(part) => set((f) => ({ ...f, employer: { ...f.employer, address: { ...f.employer.address, ...part } } }))}
            />
          </fieldset>
        </fieldset>
        <Button type="submit" id="contact-submit" disabled={sending}>
          {t("contact-submit")}
        </Button>
      </form>
      {held && <UpdatesList updates={held.updates} />}
    </div>
  );
}
