import type { Document } from "../../bindings/agency/Document";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoment, formatMomentDay } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import { FileError } from "./DocumentPicker";
import { formatBytes } from "./sizes";
import type { FileProblem } from "./useAddDocuments";
import type { CaseDocumentsState } from "./useCaseDocuments";
import type { Upload } from "./UploadsList";

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div className="app-case__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface DocumentEntryProps {
  document: Document;
  /** The case's documents, to name the one it replaces or its replacement. */
  all: Document[];
  /** An upload on its way that replaces it. */
  replacing: boolean;
  /** The replacement's dialog or check under way for this document. */
  busy: boolean;
  problem: { attempt: number; problem: FileProblem } | null;
  onReplace(document: Document): void;
}

/** One document the agency has: its kind, file, day sent, size and review, and for a rejected one why, and a replacement. */
function DocumentEntry({ document, all, replacing, busy, problem, onReplace }: DocumentEntryProps) {
  const t = useText();
  const { language } = useLanguage();
  const replaced = all.find((other) => other.replaces === document.id);
  const replaces = document.replaces === null ? undefined : all.find((other) => other.id === document.replaces);
  const headingId = `document-${document.id}-title`;
  return (
    <li className="app-document" data-document-id={document.id} data-status={document.status}>
      <h3 className="app-document__title" id={headingId}>
        {t(`documents-type-${document.document_type}`)}
      </h3>
      <dl className="app-case__facts">
        <Fact term={t("documents-sent-file")}>{document.file_name}</Fact>
        <Fact term={t("documents-sent-date")}>{formatMomentDay(document.uploaded_at, language)}</Fact>
        <Fact term={t("documents-sent-size")}>{formatBytes(document.size, language)}</Fact>
        <div className="app-case__fact">
          <dt>{t("documents-sent-status")}</dt>
          <dd>
            <span className={`usa-tag app-document__status app-document__status--${document.status}`} id={`document-status-${document.id}`}>
              {t(`documents-status-${document.status}`)}
            </span>
          </dd>
        </div>
      </dl>
      {document.status === "rejected" && document.reason && (
        <p className="app-document__reason" id={`document-reason-${document.id}`}>
          {t("documents-sent-reason", { reason: document.reason })}
        </p>
      )}
      {replaces && <p className="app-document__replaces">{t("documents-sent-replaces", { file: replaces.file_name })}</p>}
      {document.status === "rejected" && replaced && (
        <p className="app-document__replaced">{t("documents-sent-replaced", { file: replaced.file_name })}</p>
      )}
      {document.status === "rejected" && !replaced && replacing && <p className="app-document__replaced">{t("documents-sent-replacing")}</p>}
      {document.status === "rejected" && !replaced && !replacing && (
        <button
          type="button"
          className="usa-button usa-button--outline app-document__replace"
          id={`document-replace-${document.id}`}
          aria-describedby={headingId}
          aria-disabled={busy || undefined}
          onClick={() => onReplace(document)}
        >
          {busy ? t("documents-choosing") : t("documents-replace")}
        </button>
      )}
      {problem && <FileError key={problem.attempt} id="document-file-error" problem={problem.problem} />}
    </li>
  );
}

interface DocumentsListProps {
  state: CaseDocumentsState;
  /** The case's uploads on their way (a rejected document being replaced has no button). */
  uploads: Upload[];
  /** The document whose replacement is being chosen or checked. */
  replacing: string | null;
  /** A replacement refused, at the document it was for. */
  problem: { documentId: string; attempt: number; problem: FileProblem } | null;
  onReplace(document: Document): void;
}

/** The documents the parent sent on the case, newest first, as of the last sync. */
export function DocumentsList({ state, uploads, replacing, problem, onReplace }: DocumentsListProps) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const { documents, error } = state;
  const all = documents?.documents ?? [];
  const newestFirst = [...all].sort((a, b) => b.uploaded_at.localeCompare(a.uploaded_at) || b.id.localeCompare(a.id));
  return (
    <section id="documents-sent" className="app-documents__section" aria-labelledby="documents-sent-heading">
      <h2 id="documents-sent-heading">{t("documents-sent-heading")}</h2>
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim app-documents__alert" id="documents-error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("documents-sent-failed", { reason: errorText(error) })}</p>
          </div>
        </div>
      )}
      {documents === null && !error && (
        <p id="documents-list-loading" role="status">
          {t("documents-sent-loading")}
        </p>
      )}
      {documents && (
        <p className="app-documents__as-of" id="documents-as-of">
          {documents.as_of === null ? t("documents-sent-never") : t("documents-sent-as-of", { time: formatMoment(documents.as_of, language) })}
        </p>
      )}
      {documents && all.length === 0 && <p id="documents-none">{t("documents-sent-none")}</p>}
      {newestFirst.length > 0 && (
        <ul className="usa-list usa-list--unstyled app-documents__list" id="documents" aria-labelledby="documents-sent-heading">
          {newestFirst.map((document) => (
            <DocumentEntry
              key={document.id}
              document={document}
              all={all}
              replacing={uploads.some((upload) => upload.upload.replaces === document.id)}
              busy={replacing === document.id}
              problem={problem?.documentId === document.id ? problem : null}
              onReplace={onReplace}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
