import { useCallback, useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { IpcError } from "../../bindings/IpcError";

export type MessageNotificationsState = { kind: "hidden" } | { kind: "shown"; on: boolean; error: IpcError | null; toggle(on: boolean): void };

/**
 * The parent's choice of a desktop notification when a message arrives
 * (worded "You have a new message", nothing of the message): shown on a
 * home computer only, saved in the background, taken back with the reason
 * when it can't be saved.
 */
export function useMessageNotifications(): MessageNotificationsState {
  const backend = useBackend();
  const [shown, setShown] = useState(false);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const saved = useRef(false);
  const latest = useRef(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    let current = true;
    Promise.all([backend.appInfo(), backend.settings()]).then(
      ([info, settings]) => {
        if (!current || info.mode !== "home") return;
        saved.current = settings.message_notifications;
        setOn(settings.message_notifications);
        setShown(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
      alive.current = false;
    };
  }, [backend]);

  const toggle = useCallback(
    (next: boolean) => {
      latest.current += 1;
      const request = latest.current;
      setOn(next);
      setError(null);
      backend.setMessageNotifications(next).then(
        (settings) => {
          saved.current = settings.message_notifications;
          if (alive.current && request === latest.current) setOn(settings.message_notifications);
        },
        (thrown: unknown) => {
          if (!alive.current || request !== latest.current) return;
          setOn(saved.current);
          setError(toIpcError(thrown));
        },
      );
    },
    [backend],
  );

  return shown ? { kind: "shown", on, error, toggle } : { kind: "hidden" };
}
