import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { DocumentType } from "../../bindings/agency/DocumentType";
import type { UploadPolicy } from "../../bindings/agency/UploadPolicy";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { useLanguage } from "../../l10n/LanguageProvider";
import { useText } from "../../l10n/useText";
import "./documents.css";
import { formatBytes, typeName } from "./sizes";
import { FALLBACK_MAX_BYTES, useAddDocuments, type FileProblem } from "./useAddDocuments";
import { useFileDrop } from "./useFileDrop";

/** Every kind of document, in the order the select offers them. */
export const DOCUMENT_TYPES = [
  "pay_stub",
  "tax_return",
  "proof_of_expenses",
  "court_order",
  "birth_certificate",
  "identification",
  "other",
] as const satisfies readonly DocumentType[];

// Fails to compile when the agency adds a kind this list does not offer.
type Unoffered = Exclude<DocumentType, (typeof DOCUMENT_TYPES)[number]>;
const everyKind: Unoffered extends never ? true : false = true;
void everyKind;

/** What the backend takes while the agency hasn't said (the file dialog's filter). */
const FALLBACK_TYPES = ["application/pdf", "image/jpeg", "image/png"];

/** `PDF, JPEG or PNG, up to 25 MB`, from the agency's policy, in the parent's language. */
export function useAcceptedText(): (policy: UploadPolicy | null) => string {
  const t = useText();
  const { language } = useLanguage();
  return (policy) => {
    const names = [...new Set((policy?.content_types ?? FALLBACK_TYPES).map(typeName))];
    const last = names.pop() ?? "";
    const types = names.length === 0 ? last : t("documents-types-or", { rest: names.join(", "), last });
    return t("documents-accepted", { types, size: formatBytes(policy?.max_bytes ?? FALLBACK_MAX_BYTES, language) });
  };
}

/**
 * Why a file wasn't added: a USWDS error alert, read out and focused as it
 * shows (mount it anew for each problem), `data-problem` the backend's reason.
 */
export function FileError({ id, problem }: { id: string; problem: FileProblem }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      className="usa-alert usa-alert--error usa-alert--slim app-documents__file-error app-documents__focus"
      id={id}
      data-problem={problem.problem}
      role="alert"
      tabIndex={-1}
      ref={box}
    >
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          <strong>{problem.title}</strong> {problem.text}
        </p>
      </div>
    </div>
  );
}

/** The element ids of a picker's parts. */
export interface PickerIds {
  /** The kind of document (`<select>`); its error is `<type>-error`. */
  type: string;
  /** The button that opens the file dialog. */
  choose: string;
  /** The drop zone (files dropped anywhere on the window count). */
  drop: string;
  /** What the agency takes. */
  accepted: string;
  /** A refused file. */
  error: string;
}

interface DocumentPickerProps {
  caseId: string;
  policy: UploadPolicy | null;
  ids: PickerIds;
  /** The kind chosen at first: none on Documents (the parent must choose), a pay stub on Modify. */
  initialType: DocumentType | "";
  /** The button's words. */
  chooseLabel: string;
  /** Told of the files added to the outbox, once each is on disk. */
  onAdded(items: OutboxItem[]): void;
}

/**
 * Choosing a document to send: its kind (required), then a file from the
 * file dialog or dropped onto the window, added to the outbox at once. What
 * the agency takes is said up front; a refused file is said at once, with
 * focus on it. Keyboard users have the button; the drop zone is for the mouse.
 */
export function DocumentPicker({ caseId, policy, ids, initialType, chooseLabel, onAdded }: DocumentPickerProps) {
  const t = useText();
  const accepted = useAcceptedText();
  const adder = useAddDocuments(caseId, policy);
  const [type, setType] = useState<DocumentType | "">(initialType);
  const [typeMissing, setTypeMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ attempt: number; problem: FileProblem } | null>(null);
  const working = useRef(false);
  const attempts = useRef(0);
  const focusType = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // The select, once its error is there to be read with it.
  useLayoutEffect(() => {
    if (!focusType.current) return;
    focusType.current = false;
    document.getElementById(ids.type)?.focus();
  });

  const show = (found: FileProblem | null) => {
    if (!mounted.current) return;
    attempts.current += 1;
    setProblem(found ? { attempt: attempts.current, problem: found } : null);
  };

  /** The kind, or null after saying it is missing. */
  const chosenType = (): DocumentType | null => {
    if (type !== "") return type;
    setTypeMissing(true);
    setProblem(null);
    focusType.current = true;
    return null;
  };

  const begin = (): boolean => {
    if (working.current) return false;
    working.current = true;
    setBusy(true);
    return true;
  };
  const end = () => {
    working.current = false;
    if (mounted.current) setBusy(false);
  };

  const send = async (paths: string[], kind: DocumentType) => {
    const outcome = await adder.add(paths, kind, null);
    if (outcome.added.length > 0) onAdded(outcome.added);
    show(outcome.problem);
  };

  const choose = () => {
    if (working.current) return;
    const kind = chosenType();
    if (kind === null || !begin()) return;
    adder
      .pick(t("documents-dialog-title"))
      .then(
        (path) => (path === null ? undefined : send([path], kind)),
        (thrown: unknown) => show(adder.problemOf(null, thrown)),
      )
      .finally(end);
  };

  const over = useFileDrop((paths) => {
    if (working.current) return;
    const kind = chosenType();
    if (kind === null || !begin()) return;
    send(paths, kind).finally(end);
  });

  const typeError = `${ids.type}-error`;
  return (
    <div className="app-picker">
      <div className={`usa-form-group${typeMissing ? " usa-form-group--error" : ""}`}>
        <label className={`usa-label${typeMissing ? " usa-label--error" : ""}`} htmlFor={ids.type}>
          {t("documents-type-label")}
        </label>
        {typeMissing && (
          <span className="usa-error-message" id={typeError} data-problem="required">
            {t("documents-type-error")}
          </span>
        )}
        <select
          className={`usa-select${typeMissing ? " usa-input--error" : ""}`}
          id={ids.type}
          name={ids.type}
          value={type}
          required
          aria-invalid={typeMissing || undefined}
          aria-describedby={typeMissing ? typeError : undefined}
          onChange={(event) => {
            setType(event.target.value as DocumentType | "");
            if (event.target.value !== "") setTypeMissing(false);
          }}
        >
          {initialType === "" && <option value="">{t("documents-type-select")}</option>}
          {DOCUMENT_TYPES.map((kind) => (
            <option key={kind} value={kind}>
              {t(`documents-type-${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="usa-hint app-picker__accepted" id={ids.accepted}>
        {accepted(policy)}
      </p>
      <div id={ids.drop} className={`app-drop${over ? " app-drop--over" : ""}`} data-over={over ? "true" : "false"}>
        <button
          type="button"
          className="usa-button app-drop__choose"
          id={ids.choose}
          aria-disabled={busy || undefined}
          aria-describedby={ids.accepted}
          onClick={choose}
        >
          {busy ? t("documents-choosing") : chooseLabel}
        </button>
        <p className="app-drop__text">{t(over ? "documents-drop-over" : "documents-drop")}</p>
      </div>
      {problem && <FileError key={problem.attempt} id={ids.error} problem={problem.problem} />}
    </div>
  );
}
