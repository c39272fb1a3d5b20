import type { Backend } from "../../backend/backend";
import { useSyncedRead } from "../../backend/useSyncedRead";
import type { CaseHowToPay } from "../../bindings/CaseHowToPay";
import type { IpcError } from "../../bindings/IpcError";

export interface HowToPayState {
  /** How to pay on the case as of the last sync; null until the first answer. */
  held: CaseHowToPay | null;
  error: IpcError | null;
}

const read = (backend: Backend, caseId: string) => backend.howToPay(caseId);

/** How to pay on one case: read at mount, and again when a sync finishes. */
export function useHowToPay(caseId: string): HowToPayState {
  const { value, error } = useSyncedRead(read, caseId);
  return { held: value, error };
}
