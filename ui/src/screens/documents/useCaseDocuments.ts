import type { Backend } from "../../backend/backend";
import { useSyncedRead } from "../../backend/useSyncedRead";
import type { CaseDocuments } from "../../bindings/CaseDocuments";
import type { IpcError } from "../../bindings/IpcError";

export interface CaseDocumentsState {
  /** The case's documents as of the last sync, and the agency's policy; null until the first answer. */
  documents: CaseDocuments | null;
  error: IpcError | null;
}

const read = (backend: Backend, caseId: string) => backend.caseDocuments(caseId);

/**
 * One case's documents: read at mount, and again when a sync finishes (the
 * backend syncs after each delivered upload, which brings its document).
 */
export function useCaseDocuments(caseId: string): CaseDocumentsState {
  const { value, error } = useSyncedRead(read, caseId);
  return { documents: value, error };
}
