import { useCallback, useEffect, useRef, useState } from "react";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import type { Submissions } from "../../bindings/Submissions";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useSession } from "../../session/SessionProvider";

export interface SubmissionsState {
  /** The parent's applications and requests as of the last sync; null until the first answer. */
  submissions: Submissions | null;
  /** Applications saved on this computer that the agency hasn't received yet. */
  unsent: OutboxItem[];
  /** Whether both have answered (or failed) at least once. */
  loaded: boolean;
  error: IpcError | null;
}

const unsentApplications = (items: OutboxItem[]) =>
  items.filter((item) => item.kind === "application" && item.state.state !== "delivered");

/**
 * The parent's submissions, read at mount and again when a sync finishes
 * (the backend syncs after each delivery) and on every outbox event; an
 * answer older than a newer request is dropped.
 */
export function useSubmissions(): SubmissionsState {
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [submissions, setSubmissions] = useState<Submissions | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [unsent, setUnsent] = useState<OutboxItem[] | null>(null);
  const requests = useRef(0);
  const outboxEvents = useRef(0);
  const mounted = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.submissions().then(
      (answer) => {
        if (!mounted.current || request !== requests.current) return;
        setSubmissions(answer);
        setError(null);
      },
      (thrown: unknown) => {
        if (!mounted.current || request !== requests.current) return;
        const failure = toIpcError(thrown);
        if (failure.code === "not_signed_in") refreshSession();
        setError(failure);
      },
    );
  }, [backend, refreshSession]);

  useEffect(() => {
    mounted.current = true;
    const stop = backend.onEvent((event) => {
      if (event.kind === "sync" && event.value.phase === "idle") load();
      if (event.kind === "outbox") {
        outboxEvents.current += 1;
        setUnsent(unsentApplications(event.value));
        load();
      }
    });
    load();
    const seen = outboxEvents.current;
    backend.outbox().then(
      (items) => {
        if (mounted.current && outboxEvents.current === seen) setUnsent(unsentApplications(items));
      },
      () => {
        if (mounted.current && outboxEvents.current === seen) setUnsent([]);
      },
    );
    return () => {
      mounted.current = false;
      stop();
    };
  }, [backend, load]);

  return {
    submissions,
    unsent: unsent ?? [],
    loaded: (submissions !== null || error !== null) && unsent !== null,
    error,
  };
}
