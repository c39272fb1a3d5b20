import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { CaseHowToPay } from "../../bindings/CaseHowToPay";
import type { IpcError } from "../../bindings/IpcError";
import { useSession } from "../../session/SessionProvider";

export interface HowToPayState {
  /** How to pay on the case as of the last sync; null until the first answer. */
  held: CaseHowToPay | null;
  error: IpcError | null;
}

/**
 * How to pay on one case: read at mount, and again when a sync finishes.
 * An answer older than a newer request is dropped; a reload that fails
 * keeps what was shown. Mount it per case.
 */
export function useHowToPay(caseId: string): HowToPayState {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [state, setState] = useState<HowToPayState>({ held: null, error: null });
  const requests = useRef(0);
  const mounted = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.howToPay(caseId).then(
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
