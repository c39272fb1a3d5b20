import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";
import type { Submissions } from "../../bindings/Submissions";
import { useSession } from "../../session/SessionProvider";

export interface RequestsState {
  /** The parent's submissions as of the last sync; null until the first answer. */
  submissions: Submissions | null;
  error: IpcError | null;
}

/**
 * The parent's modification requests (with the rest of their submissions):
 * read at mount, again when a sync finishes (the backend syncs after each
 * delivery) and on every outbox event. An answer older than a newer request
 * is dropped.
 */
export function useModificationRequests(): RequestsState {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [state, setState] = useState<RequestsState>({ submissions: null, error: null });
  const requests = useRef(0);
  const mounted = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.submissions().then(
      (submissions) => {
        if (mounted.current && request === requests.current) setState({ submissions, error: null });
      },
      (thrown: unknown) => {
        if (!mounted.current || request !== requests.current) return;
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        // A reload that fails keeps what was shown.
        setState((previous) => ({ ...previous, error }));
      },
    );
  }, [backend, refreshSession]);

  useEffect(() => {
    mounted.current = true;
    const stop = backend.onEvent((event) => {
      if ((event.kind === "sync" && event.value.phase === "idle") || event.kind === "outbox") load();
    });
    load();
    return () => {
      mounted.current = false;
      stop();
    };
  }, [backend, load]);

  return state;
}
