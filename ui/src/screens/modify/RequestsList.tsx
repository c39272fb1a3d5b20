import type { ModificationRequest } from "../../bindings/agency/ModificationRequest";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMoment, formatMoney } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import type { RequestsState } from "./useModificationRequests";
import { StatusTimeline } from "../submission/StatusTimeline";

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div className="app-case__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One request: what it asked and why, and its status history as a USWDS process list, the latest marked current. */
function RequestEntry({ request, documentName }: { request: ModificationRequest; documentName(id: string): string | null }) {
  const t = useText();
  const { language } = useLanguage();
  return (
    <li className="app-modify__request" data-request-id={request.id} data-status={request.status}>
      <h3 className="app-modify__request-title">{t("modify-request-title", { id: request.id })}</h3>
      <p className="app-modify__request-status">
        {t("modify-status-current")}: <strong>{t(`modify-status-${request.status}`)}</strong>
      </p>
      <dl className="app-case__facts">
        <Fact term={t("modify-request-reason")}>{t(`modify-reason-${request.reason}`)}</Fact>
        <Fact term={t("modify-request-submitted")}>{formatDay(request.submitted_on, language)}</Fact>
        {request.estimated_monthly !== null && (
          <Fact term={t("modify-request-amount")}>
            {t("modify-request-amount-value", { amount: formatMoney(request.estimated_monthly, language) })}
          </Fact>
        )}
        {request.documents.length > 0 && (
          <Fact term={t("modify-request-documents")}>{request.documents.map((id) => documentName(id) ?? id).join(", ")}</Fact>
        )}
      </dl>
      {request.details !== "" && (
        <>
          <p className="app-modify__request-details-title">{t("modify-request-details")}</p>
          <p className="app-modify__request-details">{request.details}</p>
        </>
      )}
      <StatusTimeline timeline={request.timeline} page="modify" label={t("modify-request-timeline", { id: request.id })} />
    </li>
  );
}

/** The parent's requests to review this case's order, newest first, with where each stands and how fresh that is. */
export function RequestsList({
  caseId,
  state,
  documentName = () => null,
}: {
  caseId: string;
  state: RequestsState;
  /** A document's file name by id, when known (else its id is shown). */
  documentName?(id: string): string | null;
}) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const { submissions, error } = state;
  const requests = (submissions?.modification_requests ?? [])
    .filter((request) => request.case_id === caseId)
    .sort((a, b) => b.submitted_on.localeCompare(a.submitted_on) || b.id.localeCompare(a.id));
  return (
    <section id="modification-requests" className="app-modify__requests" aria-labelledby="modification-requests-heading">
      <h2 id="modification-requests-heading">{t("modify-requests-heading")}</h2>
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim app-modify__alert" id="modification-requests-error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("modify-requests-failed", { reason: errorText(error) })}</p>
          </div>
        </div>
      )}
      {submissions && (
        <p className="app-modify__as-of" id="modification-requests-as-of">
          {submissions.as_of === null
            ? t("modify-requests-never")
            : t("modify-requests-as-of", { time: formatMoment(submissions.as_of, language) })}
        </p>
      )}
      {submissions && requests.length === 0 && <p id="modification-requests-none">{t("modify-requests-none")}</p>}
      {requests.length > 0 && (
        <ul className="usa-list usa-list--unstyled app-modify__request-list">
          {requests.map((request) => (
            <RequestEntry key={request.id} request={request} documentName={documentName} />
          ))}
        </ul>
      )}
    </section>
  );
}
