import type { Backend } from "../../backend/backend";
import type { Case } from "../../bindings/Case";
import type { Estimate } from "../../bindings/Estimate";
import type { IpcError } from "../../bindings/IpcError";
import { useLiveAnswer } from "./useLiveAnswer";

export const ESTIMATE_DEBOUNCE_MS = 200;

/** The latest answer the calculator gave: an estimate, or an error. */
export type Answer = { kind: "estimate"; estimate: Estimate } | { kind: "error"; error: IpcError };

const askEstimate = (backend: Backend, input: Case) => backend.estimate(input);

/**
 * Estimates `input` shortly after it stops changing. Answers that arrive out
 * of order are dropped: an older request never replaces a newer answer. The
 * last answer stays while the next one is on its way; with no input, there is
 * none.
 */
export function useLiveEstimate(input: Case | null): { answer: Answer | null; pending: boolean } {
  const { answer, pending } = useLiveAnswer(input, askEstimate, ESTIMATE_DEBOUNCE_MS);
  if (answer === null) return { answer: null, pending };
  return { answer: answer.kind === "value" ? { kind: "estimate", estimate: answer.value } : answer, pending };
}
