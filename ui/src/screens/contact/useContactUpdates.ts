import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { ContactUpdates } from "../../bindings/ContactUpdates";
import type { IpcError } from "../../bindings/IpcError";
import { useSession } from "../../session/SessionProvider";

export interface ContactUpdatesState {
  held: ContactUpdates | null;
  error: IpcError | null;
  reload(): void;
}

/** The parent's contact updates: read at mount, and again when a sync finishes or the outbox moves. */
export function useContactUpdates(): ContactUpdatesState {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [state, setState] = useState<{ held: ContactUpdates | null; error: IpcError | null }>({ held: null, error: null });
  const requests = useRef(0);
  const mounted = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.contactUpdates().then(
      (held) => {
        if (mounted.current && request === requests.current) setState({ held, error: null });
      },
      (thrown: unknown) => {
        if (!mounted.current || request !== requests.current) return;
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        setState((previous) => ({ ...previous, error }));
      },
    );
  }, [backend, refreshSession]);

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

  return { ...state, reload: load };
}
