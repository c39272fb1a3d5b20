import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { CaseDocuments } from "../../bindings/CaseDocuments";
import type { IpcError } from "../../bindings/IpcError";
import { useSession } from "../../session/SessionProvider";

export interface CaseDocumentsState {
  /** The case's documents as of the last sync, and the agency's policy; null until the first answer. */
  documents: CaseDocuments | null;
  error: IpcError | null;
}

/**
 * One case's documents: read at mount, and again when a sync finishes (the
 * backend syncs after each delivered upload, which brings its document). An
 * answer older than a newer request is dropped; a reload that fails keeps
 * what was shown. Mount it per case.
 */
export function useCaseDocuments(caseId: string): CaseDocumentsState {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [state, setState] = useState<CaseDocumentsState>({ documents: null, error: null });
  const requests = useRef(0);
  const mounted = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.caseDocuments(caseId).then(
      (documents) => {
        if (mounted.current && request === requests.current) setState({ documents, error: null });
      },
      (thrown: unknown) => {
        if (!mounted.current || request !== requests.current) return;
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        setState((previous) => ({ ...previous, error }));
      },
    );
  }, [backend, caseId, refreshSession]);

  useEffect(() => {
    mounted.current = true;
    const stop = backend.onEvent((event) => {
      if (event.kind === "sync" && event.value.phase === "idle") load();
    });
    load();
    return () => {
      mounted.current = false;
      stop();
    };
  }, [backend, load]);

  return state;
}
