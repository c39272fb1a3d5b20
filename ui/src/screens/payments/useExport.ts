import { useCallback, useEffect, useRef, useState } from "react";
import type { IpcError } from "../../bindings/IpcError";
import { toIpcError } from "../../backend/errors";

/** What the parent saves: the payment history as CSV, or the statement as PDF. */
export type ExportKind = "csv" | "pdf";

export type ExportState =
  | { kind: "idle" }
  /** The system's save dialog is open. */
  | { kind: "saving"; what: ExportKind }
  | { kind: "saved"; what: ExportKind; path: string }
  | { kind: "failed"; what: ExportKind; error: IpcError };

/**
 * Saving a file through the shell's save dialog, one at a time: `save` runs
 * the backend call (which answers the path saved to, or null when the parent
 * closed the dialog) and follows where it stands. A closed dialog is no
 * error: it goes back to idle and says nothing.
 */
export function useExport(): { state: ExportState; save(what: ExportKind, run: () => Promise<string | null>): void } {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const save = useCallback((what: ExportKind, run: () => Promise<string | null>) => {
    // A second click while the dialog is open would ask again behind it.
    if (busy.current) return;
    busy.current = true;
    setState({ kind: "saving", what });
    let running: Promise<string | null>;
    try {
      running = run();
    } catch (thrown) {
      running = Promise.reject(thrown);
    }
    running.then(
      (path) => {
        busy.current = false;
        if (mounted.current) setState(path === null ? { kind: "idle" } : { kind: "saved", what, path });
      },
      (thrown: unknown) => {
        busy.current = false;
        if (mounted.current) setState({ kind: "failed", what, error: toIpcError(thrown) });
      },
    );
  }, []);

  return { state, save };
}
