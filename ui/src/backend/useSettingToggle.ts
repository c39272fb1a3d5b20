import { useCallback, useEffect, useRef, useState } from "react";
import type { IpcError } from "../bindings/IpcError";
import type { Settings } from "../bindings/Settings";
import type { Backend } from "./backend";
import { useBackend } from "./context";
import { toIpcError } from "./errors";

/** The settings that are an on/off choice of the parent's, each of a desktop notification. */
export type ToggleSetting = "payment_notifications" | "message_notifications" | "appointment_reminders";

export type SettingToggleState =
  /** Not known yet, or a kiosk (which never notifies): no toggle. */
  | { kind: "hidden" }
  | {
      kind: "shown";
      /** What the toggle shows: the parent's latest choice while it is being saved. */
      on: boolean;
      /** Why the last choice couldn't be saved (the toggle went back), if it couldn't. */
      error: IpcError | null;
      toggle(on: boolean): void;
    };

/**
 * The parent's on/off choice `setting`: read from the settings once the app
 * is known to be on a home computer, changed at once when the parent toggles
 * it and saved in the background with `save` (a function defined once, not
 * per render); a choice that can't be saved is taken back, with the reason.
 */
export function useSettingToggle(
  setting: ToggleSetting,
  save: (backend: Backend, on: boolean) => Promise<Settings>,
): SettingToggleState {
  const backend = useBackend();
  const [shown, setShown] = useState(false);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  // What the backend last confirmed, to go back to; and which save is the latest.
  const saved = useRef(false);
  const latest = useRef(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    let current = true;
    Promise.all([backend.appInfo(), backend.settings()]).then(
      ([info, settings]) => {
        if (!current || info.mode !== "home") return;
        saved.current = settings[setting];
        setOn(settings[setting]);
        setShown(true);
      },
      // Without the settings there is nothing to show the choice from.
      () => undefined,
    );
    return () => {
      current = false;
      alive.current = false;
    };
  }, [backend, setting]);

  const toggle = useCallback(
    (next: boolean) => {
      latest.current += 1;
      const request = latest.current;
      setOn(next);
      setError(null);
      save(backend, next).then(
        (settings) => {
          saved.current = settings[setting];
          if (alive.current && request === latest.current) setOn(settings[setting]);
        },
        (thrown: unknown) => {
          if (!alive.current || request !== latest.current) return;
          setOn(saved.current);
          setError(toIpcError(thrown));
        },
      );
    },
    [backend, save, setting],
  );

  return shown ? { kind: "shown", on, error, toggle } : { kind: "hidden" };
}
