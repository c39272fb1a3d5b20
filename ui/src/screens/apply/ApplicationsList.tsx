import { Alert, AlertText } from "../../uswds";
import type { Application } from "../../bindings/agency/Application";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatCount, formatDay, formatMoment, formatMoney, isNegative } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import { isPositive } from "../payments/amounts";
import type { SubmissionsState } from "./useSubmissions";
import { StatusTimeline } from "../submission/StatusTimeline";

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div className="app-case__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One application: what it asked for, and its status history as a USWDS process list, the newest marked current. */
function ApplicationEntry({ application }: { application: Application }) {
  const t = useText();
  const { language } = useLanguage();
  const titleId = `application-${application.id}-title`;
  const fee = isPositive(application.fee) || isNegative(application.fee) ? formatMoney(application.fee, language) : t("apply-application-no-fee");
  return (
    <li className="app-apply__application" data-application-id={application.id} data-status={application.status}>
      <h3 className="app-apply__application-title" id={titleId}>
        {t("apply-application-title", { id: application.id })}
      </h3>
      <p className="app-apply__application-status">
        {t("apply-status-current")}: <strong>{t(`apply-status-${application.status}`)}</strong>
      </p>
      <dl className="app-case__facts app-apply__application-facts">
        <Fact term={t("apply-application-submitted")}>{formatDay(application.submitted_on, language)}</Fact>
        <Fact term={t("apply-application-children")}>{formatCount(application.children, language)}</Fact>
        <Fact term={t("apply-application-fee")}>{fee}</Fact>
        {application.case_id !== null && <Fact term={t("apply-application-case")}>{application.case_id}</Fact>}
      </dl>
      {application.services.length > 0 && (
        <>
          <p className="app-apply__application-services-title">{t("apply-application-services")}</p>
          <ul className="usa-list app-apply__application-services">
            {application.services.map((service) => (
              <li key={service}>{t(`apply-service-${service}`)}</li>
            ))}
          </ul>
        </>
      )}
      <StatusTimeline timeline={application.timeline} page="apply" label={t("apply-application-timeline", { id: application.id })} />
    </li>
  );
}

/** The parent's applications, newest first, each with where it stands, and how fresh that is. */
export function ApplicationsList({ state }: { state: SubmissionsState }) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const { submissions, error } = state;
  const applications = [...(submissions?.applications ?? [])].sort(
    (a, b) => b.submitted_on.localeCompare(a.submitted_on) || b.id.localeCompare(a.id),
  );
  return (
    <section id="applications" className="app-apply__applications" aria-labelledby="applications-heading">
      <h2 id="applications-heading">{t("apply-applications-heading")}</h2>
      {error && (
        <Alert type="error" slim id="applications-error" className="app-account__alert" role="alert">
          <AlertText>{t("apply-applications-failed", { reason: errorText(error) })}</AlertText>
        </Alert>
      )}
      {submissions && (
        <p className="app-apply__as-of" id="applications-as-of">
          {submissions.as_of === null ? t("apply-applications-never") : t("apply-applications-as-of", { time: formatMoment(submissions.as_of, language) })}
        </p>
      )}
      {submissions && applications.length === 0 && <p id="applications-none">{t("apply-applications-none")}</p>}
      {applications.length > 0 && (
        <ul className="usa-list usa-list--unstyled app-apply__application-list">
          {applications.map((application) => (
            <ApplicationEntry key={application.id} application={application} />
          ))}
        </ul>
      )}
    </section>
  );
}
