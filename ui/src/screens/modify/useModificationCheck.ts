import type { Backend } from "../../backend/backend";
import type { ModificationAnswer } from "../../bindings/ModificationAnswer";
import type { ModificationQuestion } from "../../bindings/ModificationQuestion";
import { useLiveAnswer, type LiveAnswer } from "../estimate/useLiveAnswer";

export const CHECK_DEBOUNCE_MS = 250;

const askCheck = (backend: Backend, question: ModificationQuestion) => backend.modificationCheck(question);

/**
 * Whether the state's rules for a review are met, asked shortly after the
 * question stops changing. An older answer never replaces a newer one; the
 * last answer stays while the next is on its way.
 */
export function useModificationCheck(question: ModificationQuestion | null): {
  answer: LiveAnswer<ModificationAnswer> | null;
  pending: boolean;
} {
  return useLiveAnswer(question, askCheck, CHECK_DEBOUNCE_MS);
}
