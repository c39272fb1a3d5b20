import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { Document } from "../../bindings/agency/Document";
import type { OutboxItem } from "../../bindings/OutboxItem";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { useText } from "../../l10n/useText";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { DocumentPicker } from "./DocumentPicker";
import { DocumentsList } from "./DocumentsList";
import { useAddDocuments, type FileProblem } from "./useAddDocuments";
import { useCaseDocuments } from "./useCaseDocuments";
import { isUpload, UploadsList } from "./UploadsList";
import { useUploadProgress } from "./useUploadProgress";

/** The ids of the Documents screen's picker. */
export const DOCUMENT_PICKER_IDS = {
  type: "document-type",
  choose: "document-choose",
  drop: "document-drop",
  accepted: "document-accepted",
  error: "document-file-error",
} as const;

interface DocumentsCaseProps {
  detail: CaseDetail;
  /** The parent's whole outbox, as it follows events. */
  outbox: OutboxItem[];
  sync: SyncStatus | null;
  onSyncNow(): void;
  onRetry(id: string): void;
  /** Take focus on the case's heading when it first shows and nothing else has focus (after a sign-in from this page). */
  focusHeading: boolean;
}

/**
 * One case's documents: how fresh they are, sending one, the uploads on
 * their way, and those the agency has with its review. A polite live region
 * says what happens to the uploads (added, each quarter sent, paused,
 * received, refused), never every tick. Mount it per case (a `key`).
 */
export function DocumentsCase({ detail, outbox, sync, onSyncNow, onRetry, focusHeading }: DocumentsCaseProps) {
  const t = useText();
  const backend = useBackend();
  const caseId = detail.id;
  const documents = useCaseDocuments(caseId);
  const policy = documents.documents?.policy ?? null;
  const adder = useAddDocuments(caseId, policy);
  const [announcement, setAnnouncement] = useState("");
  const [replacing, setReplacing] = useState<string | null>(null);
  const [replaceProblem, setReplaceProblem] = useState<{ documentId: string; attempt: number; problem: FileProblem } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const attempts = useRef(0);
  const pendingFocus = useRef<string | null>(null);
  const names = useRef(new Map<string, string>());

  const uploads = outbox.filter(isUpload).filter((item) => item.case_id === caseId && item.state.state !== "delivered");

  useLayoutEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusHeading && lost) heading.current?.focus();
  }, [focusHeading]);

  useLayoutEffect(() => {
    for (const item of uploads) names.current.set(item.id, item.upload.file_name);
    // A replacement just added: on to it, once it is listed (its button is gone).
    const target = pendingFocus.current;
    const element = target === null ? null : document.getElementById(target);
    if (element) {
      pendingFocus.current = null;
      element.focus();
    }
  });

  const progress = useUploadProgress((itemId, percent) => {
    const file = names.current.get(itemId);
    if (file !== undefined) setAnnouncement(t("documents-announce-progress", { file, percent }));
  });

  // What happens to an upload on its way, said once: received, or refused.
  useEffect(() => {
    const known = new Map<string, string>();
    const follow = (items: OutboxItem[], tell: boolean) => {
      for (const item of items) {
        if (!isUpload(item) || item.case_id !== caseId) continue;
        const before = known.get(item.id);
        known.set(item.id, item.state.state);
        if (!tell || before === undefined || before === item.state.state) continue;
        const file = item.upload.file_name;
        if (item.state.state === "delivered") setAnnouncement(t("documents-announce-delivered", { file }));
        if (item.state.state === "failed") setAnnouncement(t("documents-announce-failed", { file }));
      }
    };
    let events = 0;
    const stop = backend.onEvent((event) => {
      if (event.kind !== "outbox") return;
      events += 1;
      follow(event.value, true);
    });
    backend.outbox().then(
      (items) => {
        if (events === 0) follow(items, false);
      },
      () => undefined,
    );
    return stop;
  }, [backend, caseId, t]);

  const added = (items: OutboxItem[]) => {
    const file = items.map((item) => item.upload?.file_name ?? item.id).join(", ");
    setAnnouncement(t("documents-announce-added", { file }));
  };

  const replace = (rejected: Document) => {
    if (replacing !== null) return;
    setReplacing(rejected.id);
    setReplaceProblem(null);
    const show = (problem: FileProblem | null) => {
      attempts.current += 1;
      setReplaceProblem(problem ? { documentId: rejected.id, attempt: attempts.current, problem } : null);
    };
    adder
      .pick(t("documents-replace-dialog-title", { file: rejected.file_name }))
      .then(
        async (path) => {
          if (path === null) return;
          const outcome = await adder.add([path], rejected.document_type, rejected.id);
          const [item] = outcome.added;
          if (item) {
            pendingFocus.current = `upload-${item.id}-name`;
            added([item]);
          }
          show(outcome.problem);
        },
        (thrown: unknown) => show(adder.problemOf(null, thrown)),
      )
      .finally(() => setReplacing(null));
  };

  const documentName = (id: string) => documents.documents?.documents.find((document) => document.id === id)?.file_name ?? null;

  return (
    <div className="app-documents__case" data-case-id={caseId}>
      <section className="usa-summary-box app-documents__summary" aria-labelledby="documents-case-heading">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading app-account__heading" id="documents-case-heading" ref={heading} tabIndex={-1}>
            {t("case-title", { id: caseId })}
          </h2>
          <p className="app-case__role">{t(`case-role-${detail.role}`)}</p>
          {sync && <SyncStatusLine sync={sync} onSyncNow={onSyncNow} />}
        </div>
      </section>

      <section id="documents-send" className="app-documents__section" aria-labelledby="documents-send-heading">
        <h2 id="documents-send-heading">{t("documents-send-heading")}</h2>
        <p>{t("documents-send-text")}</p>
        <DocumentPicker
          caseId={caseId}
          policy={policy}
          ids={DOCUMENT_PICKER_IDS}
          initialType=""
          chooseLabel={t("documents-choose")}
          onAdded={added}
        />
      </section>

      <section id="documents-uploads" className="app-documents__section" aria-labelledby="uploads-heading">
        <h2 id="uploads-heading" className="app-documents__focus" tabIndex={-1}>
          {t("documents-uploads-heading")}
        </h2>
        <UploadsList
          id="uploads"
          labelledBy="uploads-heading"
          items={uploads}
          progress={progress}
          prefix="upload"
          actions="full"
          fallbackFocus="uploads-heading"
          documentName={documentName}
          onAnnounce={setAnnouncement}
          onRetry={onRetry}
        />
        {uploads.length === 0 && <p id="uploads-none">{t("documents-uploads-none")}</p>}
      </section>

      <DocumentsList state={documents} uploads={uploads} replacing={replacing} problem={replaceProblem} onReplace={replace} />

      <div id="documents-announcer" className="usa-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
