import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApplicationDraft } from "../../bindings/ApplicationDraft";
import type { IpcError } from "../../bindings/IpcError";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";

/** How long after the last change the draft is saved. */
export const SAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; error: IpcError };

export interface DraftSaver {
  state: SaveState;
  /** Saves this draft `SAVE_DELAY_MS` after the last call. */
  schedule(draft: ApplicationDraft): void;
  /** Saves this draft now (a step change). */
  saveNow(draft: ApplicationDraft): void;
  /** Saves the last draft that couldn't be saved. */
  retry(): void;
  /**
   * Stops saving (before a submission or a discard, which delete the draft)
   * and resolves once no save is under way, so that none lands afterwards.
   */
  stop(): Promise<void>;
  /** Saves again after `stop()` (the submission or discard failed). */
  resume(): void;
}

/**
 * Saves the application in progress as the parent goes: one save at a time,
 * always the newest answers, a failure kept for "try again" without stopping
 * the form. What is still unsaved when the screen goes away is saved then.
 */
export function useDraftSaver(savedAt: string | null): DraftSaver {
  const backend = useBackend();
  const [state, setState] = useState<SaveState>(savedAt ? { kind: "saved", at: savedAt } : { kind: "idle" });
  const mounted = useRef(true);
  const pending = useRef<ApplicationDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const lastFailed = useRef<ApplicationDraft | null>(null);

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const run = useCallback(() => {
    clearTimer();
    if (stopped.current || inFlight.current || !pending.current) return;
    inFlight.current = (async () => {
      // One save at a time; answers that changed meanwhile are saved next, the newest only.
      for (let draft = pending.current; draft && !stopped.current; draft = pending.current) {
        pending.current = null;
        if (mounted.current) setState({ kind: "saving" });
        try {
          const saved = await backend.saveApplicationDraft(draft);
          lastFailed.current = null;
          if (mounted.current) setState({ kind: "saved", at: saved.saved_at });
        } catch (thrown) {
          lastFailed.current = draft;
          if (mounted.current) setState({ kind: "failed", error: toIpcError(thrown) });
        }
      }
    })().finally(() => {
      inFlight.current = null;
    });
  }, [backend]);

  const schedule = useCallback(
    (draft: ApplicationDraft) => {
      pending.current = draft;
      clearTimer();
      timer.current = setTimeout(run, SAVE_DELAY_MS);
    },
    [run],
  );

  const saveNow = useCallback(
    (draft: ApplicationDraft) => {
      pending.current = draft;
      run();
    },
    [run],
  );

  const retry = useCallback(() => {
    pending.current ??= lastFailed.current;
    run();
  }, [run]);

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimer();
    await inFlight.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimer();
      // Leaving the screen: what was typed in the last moments is saved all the same.
      const last = pending.current;
      pending.current = null;
      if (last && !stopped.current) {
        // After the save under way, if any, so that the older answers never land last.
        void (inFlight.current ?? Promise.resolve()).then(() => backend.saveApplicationDraft(last)).catch(() => undefined);
      }
    };
  }, [backend]);

  return useMemo(() => ({ state, schedule, saveNow, retry, stop, resume }), [state, schedule, saveNow, retry, stop, resume]);
}
