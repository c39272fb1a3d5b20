import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";
import type { MessageForm } from "../../bindings/MessageForm";

export const EMPTY_MESSAGE: MessageForm = { subject: "", body: "", attachments: [] };

/** How long typing pauses before the draft is saved. */
export const DRAFT_DELAY_MS = 600;

export type DraftStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "failed"; error: IpcError };

export interface MessageDraftState {
  form: MessageForm;
  /** False until the saved draft (if any) was read. */
  loaded: boolean;
  status: DraftStatus;
  change(next: MessageForm): void;
  /** Changes the form from its latest state (for answers that come later, like an added document). */
  update(change: (previous: MessageForm) => MessageForm): void;
  /**
   * Runs `action` once every save under way is done and none is left to
   * come (sending replaces the draft in one transaction: a late save must
   * not bring it back).
   */
  settle<T>(action: () => Promise<T>): Promise<T>;
  /** Empties the form (after sending: the backend deleted the draft). */
  clear(): void;
}

/**
 * A message in progress on a case (`threadId` null: a new thread), restored
 * from the encrypted draft and saved as the parent types (after a pause).
 */
export function useMessageDraft(caseId: string, threadId: string | null): MessageDraftState {
  const backend = useBackend();
  const [form, setForm] = useState<MessageForm>(EMPTY_MESSAGE);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<DraftStatus>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef<MessageForm>(EMPTY_MESSAGE);
  const alive = useRef(true);
  const touched = useRef(false);

  useEffect(() => {
    alive.current = true;
    let current = true;
    backend.messageDraft(caseId, threadId).then(
      (draft) => {
        if (!current) return;
        if (draft && !touched.current) {
          latest.current = draft.form;
          setForm({ ...EMPTY_MESSAGE, ...draft.form });
          setStatus({ kind: "saved", at: draft.saved_at });
        }
        setLoaded(true);
      },
      () => {
        if (current) setLoaded(true);
      },
    );
    return () => {
      current = false;
      alive.current = false;
    };
  }, [backend, caseId, threadId]);

  const save = useCallback(() => {
    timer.current = null;
    const snapshot = latest.current;
    if (alive.current) setStatus({ kind: "saving" });
    const run = chain.current.then(() =>
      backend.saveMessageDraft(caseId, threadId, snapshot).then(
        (draft) => {
          if (alive.current && latest.current === snapshot) setStatus({ kind: "saved", at: draft.saved_at });
        },
        (thrown: unknown) => {
          if (alive.current) setStatus({ kind: "failed", error: toIpcError(thrown) });
        },
      ),
    );
    chain.current = run;
    return run;
  }, [backend, caseId, threadId]);

  // Leaving the page saves what was typed since the last save.
  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        void save();
      }
    },
    [save],
  );

  const change = useCallback(
    (next: MessageForm) => {
      touched.current = true;
      latest.current = next;
      setForm(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), DRAFT_DELAY_MS);
    },
    [save],
  );

  const update = useCallback((changeForm: (previous: MessageForm) => MessageForm) => change(changeForm(latest.current)), [change]);

  const settle = useCallback(<T,>(action: () => Promise<T>): Promise<T> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const run = chain.current.then(action);
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const clear = useCallback(() => {
    latest.current = EMPTY_MESSAGE;
    setForm(EMPTY_MESSAGE);
    setStatus({ kind: "idle" });
  }, []);

  return { form, loaded, status, change, update, settle, clear };
}
