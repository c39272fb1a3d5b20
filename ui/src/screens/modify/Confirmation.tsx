import type { OutboxItem } from "../../bindings/OutboxItem";
import type { UploadProgress } from "../../bindings/UploadProgress";
import { useText } from "../../l10n/useText";
import { percentSent } from "../documents/sizes";
import type { Upload } from "../documents/UploadsList";
import { SubmissionConfirmation } from "../submission/SubmissionConfirmation";

/** The documents that go with the request, each with where it stands; the request waits for them. */
function AttachedDocuments({ request, attachments, progress }: { request: OutboxItem; attachments: Upload[]; progress: Record<string, UploadProgress> }) {
  const t = useText();
  const waiting = request.state.state === "queued" && attachments.some((item) => ["queued", "sending", "paused"].includes(item.state.state));
  return (
    <section className="app-modify__confirm-documents" id="modify-confirm-documents" aria-labelledby="modify-confirm-documents-heading">
      <h3 id="modify-confirm-documents-heading">{t("modify-confirm-documents-heading")}</h3>
      {waiting && <p id="modify-confirm-documents-waiting">{t("modify-confirm-documents-waiting")}</p>}
      <ul className="usa-list app-modify__confirm-document-list">
        {attachments.map((item) => {
          const sent = progress[item.id]?.sent ?? item.upload.sent;
          const total = progress[item.id]?.total ?? item.upload.size;
          return (
            <li key={item.id} data-item-id={item.id} data-state={item.state.state}>
              {t("modify-confirm-document", {
                file: item.upload.file_name,
                status: t(`modify-confirm-document-${item.state.state}`, { percent: percentSent(sent, total) }),
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface ConfirmationProps {
  submitted: OutboxItem;
  /** The request as it stands now, when known (for whether it waits for its documents). */
  current?: OutboxItem;
  /** The uploads sent with it, as they stand (one cancelled is gone). */
  attachments?: Upload[];
  progress?: Record<string, UploadProgress>;
}

/** Where the request stands, until the agency has it and its number, and the documents that go with it. */
export function Confirmation({ submitted, current = submitted, attachments = [], progress = {} }: ConfirmationProps) {
  return (
    <SubmissionConfirmation
      submitted={submitted}
      page="modify"
      numberId="modify-request-number"
      note={attachments.length > 0 ? <AttachedDocuments request={current} attachments={attachments} progress={progress} /> : undefined}
    />
  );
}
