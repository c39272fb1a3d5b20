import { useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { Case } from "../../bindings/Case";
import type { Estimate } from "../../bindings/Estimate";
import type { IpcError } from "../../bindings/IpcError";

export const ESTIMATE_DEBOUNCE_MS = 200;

/** The latest answer the calculator gave: an estimate, or an error. */
export type Answer = { kind: "estimate"; estimate: Estimate } | { kind: "error"; error: IpcError };

/**
 * Estimates `input` shortly after it stops changing. Answers that arrive out
 * of order are dropped: an older request never replaces a newer answer. The
 * last answer stays while the next one is on its way; with no input, there is
 * none.
 */
export function useLiveEstimate(input: Case | null): { answer: Answer | null; pending: boolean } {
  const backend = useBackend();
  const key = input ? JSON.stringify(input) : null;
  const [state, setState] = useState<{ key: string; answer: Answer } | null>(null);
  const sent = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    const request = sent.current + 1;
    sent.current = request;
    if (key === null) return;
    const timer = window.setTimeout(() => {
      const apply = (answer: Answer) => {
        if (request <= shown.current) return;
        shown.current = request;
        setState({ key, answer });
      };
      backend.estimate(JSON.parse(key) as Case).then(
        (estimate) => apply({ kind: "estimate", estimate }),
        (thrown: unknown) => apply({ kind: "error", error: toIpcError(thrown) }),
      );
    }, ESTIMATE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [backend, key]);

  if (key === null) return { answer: null, pending: false };
  return { answer: state?.answer ?? null, pending: state?.key !== key };
}
