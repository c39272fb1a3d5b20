import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { IpcError } from "../bindings/IpcError";
import type { SessionState } from "../bindings/SessionState";
import { useBackend } from "../backend/context";
import { toIpcError } from "../backend/errors";

/** What went wrong with the last sign-in or sign-out, for the notice under the header. */
export type SessionNotice = { action: "sign-in" | "sign-out"; error: IpcError };

export interface Session {
  /** Who is signed in; null until the backend has said. */
  state: SessionState | null;
  notice: SessionNotice | null;
  signIn(): void;
  cancelSignIn(): void;
  signOut(): void;
  /** Asks the backend again (after an answer said `not_signed_in`). */
  refresh(): void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error("useSession() needs a <SessionProvider> above it");
  }
  return session;
}

const SIGNED_OUT: SessionState = { state: "signed_out" };

/**
 * Who is signed in: asked at start, then followed through the backend's
 * `session` events, and the sign-in, cancel and sign-out actions. The newest
 * word wins: an event that arrives before the first answer is kept.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const backend = useBackend();
  const [state, setState] = useState<SessionState | null>(null);
  const [notice, setNotice] = useState<SessionNotice | null>(null);
  // Counts what changed the state, so that a late answer doesn't undo a newer event.
  const version = useRef(0);

  const apply = useCallback((next: SessionState) => {
    version.current += 1;
    setState(next);
  }, []);

  const refresh = useCallback(() => {
    const asked = version.current;
    backend.session().then(
      (answer) => {
        if (version.current === asked) apply(answer);
      },
      () => {
        if (version.current === asked) apply(SIGNED_OUT);
      },
    );
  }, [apply, backend]);

  useEffect(() => {
    const stop = backend.onEvent((event) => {
      if (event.kind !== "session") return;
      apply(event.value);
      if (event.value.state === "signed_in") setNotice(null);
    });
    refresh();
    return stop;
  }, [apply, backend, refresh]);

  const signIn = useCallback(() => {
    setNotice(null);
    apply({ state: "signing_in" });
    backend.signIn().then(
      (answer) => {
        setNotice(null);
        apply(answer);
      },
      (thrown: unknown) => {
        setNotice({ action: "sign-in", error: toIpcError(thrown) });
        refresh();
      },
    );
  }, [apply, backend, refresh]);

  const cancelSignIn = useCallback(() => {
    // The pending signIn() rejects with `sign_in_cancelled` and says the rest.
    backend.cancelSignIn().catch(() => refresh());
  }, [backend, refresh]);

  const signOut = useCallback(() => {
    setNotice(null);
    backend.signOut().then(apply, (thrown: unknown) => {
      setNotice({ action: "sign-out", error: toIpcError(thrown) });
      refresh();
    });
  }, [apply, backend, refresh]);

  const session = useMemo(
    () => ({ state, notice, signIn, cancelSignIn, signOut, refresh }),
    [state, notice, signIn, cancelSignIn, signOut, refresh],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
