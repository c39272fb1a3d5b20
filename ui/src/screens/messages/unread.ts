import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { useSession } from "../../session/SessionProvider";

const listeners = new Set<() => void>();

/** Says that the unread count may have changed here (a thread was opened and marked read). */
export function unreadChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever `unreadChanged` is said; answers the way to stop. */
export function onUnreadChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The unread count of the parent's messages, for the navigation: read when
 * signed in, again when a sync finishes, when messages arrive, and when the
 * Messages page marks a thread read. Zero when signed out or unknown.
 */
export function useUnreadMessages(): number {
  const backend = useBackend();
  const { state } = useSession();
  const signedIn = state?.state === "signed_in";
  const [unread, setUnread] = useState(0);
  const requests = useRef(0);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.messageInbox().then(
      (inbox) => {
        if (request === requests.current) setUnread(inbox.unread);
      },
      () => undefined,
    );
  }, [backend]);

  useEffect(() => {
    if (!signedIn) {
      // Answers still on their way are dropped; the count shows 0 while signed out.
      requests.current += 1;
      return;
    }
    load();
    const stop = backend.onEvent((event) => {
      if ((event.kind === "sync" && event.value.phase === "idle") || event.kind === "messages_arrived") load();
    });
    const stopChanges = onUnreadChanged(load);
    return () => {
      stop();
      stopChanges();
    };
  }, [backend, load, signedIn]);

  return signedIn ? unread : 0;
}
