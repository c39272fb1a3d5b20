import { useCallback, useEffect, useReducer, useRef } from "react";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { CaseOverview } from "../../bindings/CaseOverview";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useSession } from "../../session/SessionProvider";

interface State {
  /** The saved cases; null until the first answer. */
  cases: CaseDetail[] | null;
  sync: SyncStatus | null;
  outbox: OutboxItem[];
  /** The saved copy can't be read (`store_damaged`): only a reset helps. */
  damaged: boolean;
  resetting: boolean;
  /** The last load or action that failed for any other reason. */
  error: IpcError | null;
}

type Action =
  | { type: "overview"; overview: CaseOverview; keepSync: boolean }
  | { type: "sync"; sync: SyncStatus }
  | { type: "outbox"; outbox: OutboxItem[] }
  | { type: "outbox-item"; item: OutboxItem }
  | { type: "damaged" }
  | { type: "error"; error: IpcError | null }
  | { type: "resetting" }
  | { type: "reset" };

const INITIAL: State = { cases: null, sync: null, outbox: [], damaged: false, resetting: false, error: null };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case "overview":
      return {
        ...state,
        cases: action.overview.cases,
        sync: action.keepSync && state.sync ? state.sync : action.overview.sync,
        damaged: false,
      };
    case "sync":
      return { ...state, sync: action.sync };
    case "outbox":
      return { ...state, outbox: action.outbox };
    case "outbox-item":
      return { ...state, outbox: state.outbox.map((item) => (item.id === action.item.id ? action.item : item)) };
    case "damaged":
      return { ...state, damaged: true, resetting: false };
    case "error":
      return { ...state, error: action.error, resetting: action.error ? false : state.resetting };
    case "resetting":
      return { ...state, resetting: true, error: null };
    case "reset":
      return { ...INITIAL };
  }
}

export interface AccountData extends State {
  syncNow(): void;
  retry(id: string): void;
  resetStore(): void;
}

/**
 * The signed-in parent's cases, sync status and outbox: loaded at mount,
 * then kept current from the backend's `sync` and `outbox` events. When a
 * sync finishes, the cases are read again. Mount it per signed-in parent (a
 * `key`), so that signing out drops everything. A screen that doesn't show
 * the outbox passes `{ outbox: false }`: it is then neither read nor followed.
 */
export function useAccountData({ outbox: withOutbox = true }: { outbox?: boolean } = {}): AccountData {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const mounted = useRef(false);
  // Events seen so far, so that an answer older than an event doesn't undo it.
  const syncEvents = useRef(0);
  const outboxEvents = useRef(0);
  const phase = useRef<SyncStatus["phase"] | null>(null);

  const fail = useCallback(
    (thrown: unknown) => {
      if (!mounted.current) return;
      const error = toIpcError(thrown);
      if (error.code === "store_damaged") dispatch({ type: "damaged" });
      else if (error.code === "not_signed_in") refreshSession();
      else dispatch({ type: "error", error });
    },
    [refreshSession],
  );

  const loadOverview = useCallback(() => {
    const seen = syncEvents.current;
    backend.caseOverview().then((overview) => {
      if (!mounted.current) return;
      const keepSync = syncEvents.current !== seen;
      if (!keepSync) phase.current = overview.sync.phase;
      dispatch({ type: "overview", overview, keepSync });
    }, fail);
  }, [backend, fail]);

  const loadOutbox = useCallback(() => {
    if (!withOutbox) return;
    const seen = outboxEvents.current;
    backend.outbox().then((outbox) => {
      if (mounted.current && outboxEvents.current === seen) dispatch({ type: "outbox", outbox });
    }, fail);
  }, [backend, fail, withOutbox]);

  useEffect(() => {
    mounted.current = true;
    const stop = backend.onEvent((event) => {
      if (event.kind === "sync") {
        syncEvents.current += 1;
        const before = phase.current;
        phase.current = event.value.phase;
        dispatch({ type: "sync", sync: event.value });
        // A finished sync may have brought new cases: read the saved copy again.
        if (before === "syncing" && event.value.phase === "idle") loadOverview();
      } else if (event.kind === "outbox" && withOutbox) {
        outboxEvents.current += 1;
        dispatch({ type: "outbox", outbox: event.value });
      }
    });
    loadOverview();
    loadOutbox();
    return () => {
      mounted.current = false;
      stop();
    };
  }, [backend, loadOverview, loadOutbox, withOutbox]);

  const syncNow = useCallback(() => {
    dispatch({ type: "error", error: null });
    const seen = syncEvents.current;
    backend.syncNow().then((sync) => {
      if (!mounted.current || syncEvents.current !== seen) return;
      phase.current = sync.phase;
      dispatch({ type: "sync", sync });
    }, fail);
  }, [backend, fail]);

  const retry = useCallback(
    (id: string) => {
      dispatch({ type: "error", error: null });
      const seen = outboxEvents.current;
      backend.retryOutboxItem(id).then((item) => {
        if (mounted.current && outboxEvents.current === seen) dispatch({ type: "outbox-item", item });
      }, fail);
    },
    [backend, fail],
  );

  const resetStore = useCallback(() => {
    dispatch({ type: "resetting" });
    backend.resetStore().then(() => {
      if (!mounted.current) return;
      phase.current = null;
      dispatch({ type: "reset" });
      loadOverview();
      loadOutbox();
    }, fail);
  }, [backend, fail, loadOverview, loadOutbox]);

  return { ...state, syncNow, retry, resetStore };
}
