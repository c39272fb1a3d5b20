import type { Backend } from "../../backend/backend";
import { useSyncedRead } from "../../backend/useSyncedRead";
import type { ContactUpdates } from "../../bindings/ContactUpdates";
import type { IpcError } from "../../bindings/IpcError";

export interface ContactUpdatesState {
  held: ContactUpdates | null;
  error: IpcError | null;
  reload(): void;
}

const read = (backend: Backend) => backend.contactUpdates();

/** The parent's contact updates: read at mount, and again when a sync finishes (or on `reload`). */
export function useContactUpdates(): ContactUpdatesState {
  const { value, error, reload } = useSyncedRead(read);
  return { held: value, error, reload };
}
