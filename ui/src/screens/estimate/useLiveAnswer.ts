import { useEffect, useRef, useState } from "react";
import type { Backend } from "../../backend/backend";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";

/** The latest answer the backend gave: a value, or an error. */
export type LiveAnswer<T> = { kind: "value"; value: T } | { kind: "error"; error: IpcError };

/**
 * Asks the backend about `input` shortly after it stops changing (`delayMs`).
 * Answers that arrive out of order are dropped: an older request never
 * replaces a newer answer. The last answer stays while the next one is on its
 * way (`pending`); with no input, there is none. `input` must survive JSON,
 * and `ask` should be a function defined once, outside the component.
 */
export function useLiveAnswer<I, T>(
  input: I | null,
  ask: (backend: Backend, input: I) => Promise<T>,
  delayMs: number,
): { answer: LiveAnswer<T> | null; pending: boolean } {
  const backend = useBackend();
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<{ key: string; answer: LiveAnswer<T> } | null>(null);
  const sent = useRef(0);
  const shown = useRef(0);

  useEffect(() => {
    const request = sent.current + 1;
    sent.current = request;
    if (key === null) return;
    const timer = window.setTimeout(() => {
      const apply = (answer: LiveAnswer<T>) => {
        if (request <= shown.current) return;
        shown.current = request;
        setState({ key, answer });
      };
      ask(backend, JSON.parse(key) as I).then(
        (value) => apply({ kind: "value", value }),
        (thrown: unknown) => apply({ kind: "error", error: toIpcError(thrown) }),
      );
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [backend, key, ask, delayMs]);

  if (key === null) return { answer: null, pending: false };
  return { answer: state?.answer ?? null, pending: state?.key !== key };
}
