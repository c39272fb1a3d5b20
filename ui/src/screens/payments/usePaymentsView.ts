import { useEffect, useRef, useState } from "react";
import type { IpcError } from "../../bindings/IpcError";
import type { PaymentsView } from "../../bindings/PaymentsView";
import type { SyncPhase } from "../../bindings/SyncPhase";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useSession } from "../../session/SessionProvider";

export type ViewState =
  | { kind: "loading" }
  | { kind: "ready"; view: PaymentsView }
  | { kind: "failed"; error: IpcError };

/**
 * One case's payments view: read when the case is chosen, and again each
 * time a sync finishes (the phase goes back to idle), keeping what is shown
 * meanwhile. An answer for a case no longer chosen, or older than a newer
 * request, is dropped.
 */
export function usePaymentsView(caseId: string | null): ViewState {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [answer, setAnswer] = useState<{ caseId: string; state: ViewState } | null>(null);
  const [reloads, setReloads] = useState(0);
  const phase = useRef<SyncPhase | null>(null);

  useEffect(
    () =>
      backend.onEvent((event) => {
        if (event.kind !== "sync") return;
        const before = phase.current;
        phase.current = event.value.phase;
        if (event.value.phase === "idle" && before !== "idle") setReloads((count) => count + 1);
      }),
    [backend],
  );

  useEffect(() => {
    if (caseId === null) return;
    let current = true;
    backend.paymentsView(caseId).then(
      (view) => {
        if (!current) return;
        phase.current ??= view.sync.phase;
        setAnswer({ caseId, state: { kind: "ready", view } });
      },
      (thrown: unknown) => {
        if (!current) return;
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        // A reload that fails keeps what was shown: the sync line says why it may be old.
        setAnswer((previous) =>
          previous?.caseId === caseId && previous.state.kind === "ready" ? previous : { caseId, state: { kind: "failed", error } },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [backend, caseId, reloads, refreshSession]);

  if (caseId === null || answer === null || answer.caseId !== caseId) return { kind: "loading" };
  return answer.state;
}
