import { useCallback, useEffect, useRef, useState } from "react";
import type { IpcError } from "../bindings/IpcError";
import { useSession } from "../session/SessionProvider";
import type { Backend } from "./backend";
import { useBackend } from "./context";
import { toIpcError } from "./errors";

export interface SyncedRead<T> {
  /** The answer as of the last sync; null until the first one. */
  value: T | null;
  error: IpcError | null;
  /** Reads again now. */
  reload(): void;
}

/**
 * What the backend holds from the last sync, read with `read(backend, key)`:
 * at mount, when `key` changes, and again each time a sync finishes. An
 * answer older than a newer request is dropped; a read that fails keeps what
 * was shown, with the error, and `not_signed_in` asks the session to look
 * again. `read` must be a stable function (declared at module level).
 */
export function useSyncedRead<T>(read: (backend: Backend, key: string) => Promise<T>, key = ""): SyncedRead<T> {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [state, setState] = useState<{ value: T | null; error: IpcError | null }>({ value: null, error: null });
  const requests = useRef(0);
  const mounted = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    read(backend, key).then(
      (value) => {
        if (mounted.current && request === requests.current) setState({ value, error: null });
      },
      (thrown: unknown) => {
        if (!mounted.current || request !== requests.current) return;
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        setState((previous) => ({ ...previous, error }));
      },
    );
  }, [backend, read, key, refreshSession]);

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
