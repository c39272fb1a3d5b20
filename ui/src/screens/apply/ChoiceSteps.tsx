import type { ApplicationForm } from "../../bindings/ApplicationForm";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { Checkbox, GroupFieldset, useFieldError } from "./fields";
import { errorIdOf, feeWaived, MAX_FEE, SAFETY_FIELDS, SERVICES, type Edit } from "./form";

interface StepProps {
  form: ApplicationForm;
  edit: Edit;
}

/** Step 5: the services the parent asks for, at least one. */
export function ServicesStep({ form, edit }: StepProps) {
  const t = useText();
  const error = useFieldError("services");
  return (
    <GroupFieldset field="services" legend={t("apply-services-legend")} hint={t("apply-services-hint")}>
      {SERVICES.map((service) => (
        <Checkbox
          key={service}
          id={`apply-service-${service}`}
          label={t(`apply-service-${service}`)}
          hint={t(`apply-service-${service}-hint`)}
          checked={form.services.includes(service)}
          onChange={(checked) =>
            edit((f) => ({
              ...f,
              // Always in the same order, whatever order they were checked in.
              services: SERVICES.filter((candidate) => (candidate === service ? checked : f.services.includes(candidate))),
            }))
          }
          describedBy={error ? errorIdOf("services") : undefined}
          invalid={Boolean(error)}
        />
      ))}
    </GroupFieldset>
  );
}

/** Step 6: the family-violence questions, in plain words, with the way out always at hand. */
export function SafetyStep({ form, edit }: StepProps) {
  const t = useText();
  return (
    <>
      <p className="app-apply__intro">{t("apply-safety-intro")}</p>
      <GroupFieldset field="safety" legend={t("apply-safety-legend")} hint={t("apply-safety-hint")}>
        {SAFETY_FIELDS.map((key) => (
          <Checkbox
            key={key}
            id={`apply-safety-${key}`}
            label={t(`apply-safety-${key}`)}
            hint={t(`apply-safety-${key}-hint`)}
            checked={form.safety[key]}
            onChange={(checked) => edit((f) => ({ ...f, safety: { ...f.safety, [key]: checked } }))}
          />
        ))}
      </GroupFieldset>
      <div className="usa-summary-box app-apply__safety-note" id="apply-safety-note">
        <div className="usa-summary-box__body">
          <p className="usa-summary-box__text">{t("apply-safety-exit")}</p>
          <p className="usa-summary-box__text">{t("apply-safety-hotline")}</p>
        </div>
      </div>
    </>
  );
}

/** Step 7: the fee notice, saying which case applies from the answers about benefits. */
export function FeesStep({ form }: { form: ApplicationForm }) {
  const t = useText();
  const { language } = useLanguage();
  const amount = formatMoney(MAX_FEE, language);
  const waived = feeWaived(form);
  return (
    <div className="usa-summary-box app-apply__fee" id="apply-fee" data-waived={waived ? "true" : "false"}>
      <div className="usa-summary-box__body">
        <h3 className="usa-summary-box__heading">{t("apply-fees-heading")}</h3>
        <div className="usa-summary-box__text">
          <p>{t("apply-fees-rule", { amount })}</p>
          <p id="apply-fee-yours" className="app-apply__fee-yours">
            {waived ? t("apply-fees-waived") : t("apply-fees-may-apply", { amount })}
          </p>
          <p>{t("apply-fees-decided")}</p>
        </div>
      </div>
    </div>
  );
}
