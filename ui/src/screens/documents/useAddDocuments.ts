import { useCallback } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { DocumentType } from "../../bindings/agency/DocumentType";
import type { UploadPolicy } from "../../bindings/agency/UploadPolicy";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence } from "../../l10n/format";
import { useErrorText, useText, useTextOr } from "../../l10n/useText";
import { useSession } from "../../session/SessionProvider";
import { fileNameOf, formatBytes } from "./sizes";

/** The largest file the backend takes while the agency's own limit is not known (25 MiB). */
export const FALLBACK_MAX_BYTES = 25 * 1024 * 1024;

/** Why a file wasn't added, as the screen shows it. */
export interface FileProblem {
  /** The backend's reason for a refused file (`unsupported`, `too_large`…), else the error's code. */
  problem: string;
  title: string;
  text: string;
}

export interface AddOutcome {
  added: OutboxItem[];
  /** The first file that wasn't added, and why. */
  problem: FileProblem | null;
}

export interface DocumentAdder {
  /** Shows the file dialog with this title: the chosen path, or null when closed. */
  pick(title: string): Promise<string | null>;
  /** Adds each file in turn (all of the same kind); stops at a problem that isn't about the file. */
  add(paths: string[], type: DocumentType, replaces: string | null): Promise<AddOutcome>;
  /** An error of the dialog itself, as a problem to show. */
  problemOf(path: string | null, thrown: unknown): FileProblem;
}

/** Adding documents to one case: the file dialog, `addDocument`, and its refusals in the parent's language. */
export function useAddDocuments(caseId: string, policy: UploadPolicy | null): DocumentAdder {
  const backend = useBackend();
  const t = useText();
  const tOr = useTextOr();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const { refresh: refreshSession } = useSession();

  const problemOf = useCallback(
    (path: string | null, thrown: unknown): FileProblem => {
      const error: IpcError = toIpcError(thrown);
      if (error.code === "not_signed_in") refreshSession();
      if (error.code === "invalid_input" && error.reason && path !== null) {
        const max = formatBytes(policy?.max_bytes ?? FALLBACK_MAX_BYTES, language);
        return {
          problem: error.reason,
          title: t("documents-file-error-title", { file: fileNameOf(path) }),
          text: tOr(`documents-file-error-${error.reason}`, error.message, { max }),
        };
      }
      return { problem: error.reason ?? error.code, title: t("documents-add-error-title"), text: asSentence(errorText(error)) };
    },
    [errorText, language, policy, refreshSession, t, tOr],
  );

  const pick = useCallback((title: string) => backend.pickDocument(title, t("documents-dialog-filter")), [backend, t]);

  const add = useCallback(
    async (paths: string[], type: DocumentType, replaces: string | null): Promise<AddOutcome> => {
      const added: OutboxItem[] = [];
      let problem: FileProblem | null = null;
      for (const path of paths) {
        try {
          added.push(await backend.addDocument(caseId, path, type, replaces));
        } catch (thrown) {
          problem ??= problemOf(path, thrown);
          // The next files may be fine; an error that isn't about this file would hit them too.
          if (toIpcError(thrown).code !== "invalid_input") break;
        }
      }
      return { added, problem };
    },
    [backend, caseId, problemOf],
  );

  return { pick, add, problemOf };
}
