import { useCallback, useEffect, useRef, useState } from "react";

/** What counts as someone at the kiosk. A pointer that moves counts only when it really moved. */
export const INPUT_EVENTS = ["keydown", "pointerdown", "pointermove", "mousedown", "touchstart", "wheel"] as const;

export interface IdleTimerOptions {
  /** Without input for this long, the visit ends (after the warning). */
  idleSeconds: number;
  /** How long the warning counts down, at the end of `idleSeconds`. */
  warningSeconds: number;
  /** Called once when the countdown reaches 0. */
  onTimeout(): void;
}

export interface IdleTimer {
  /** Seconds left while the warning shows; null while the visitor is active. */
  secondsLeft: number | null;
  /** Counts as input (a sign-in finished in the agency's window, where the page sees no input). */
  activity(): void;
}

/**
 * The kiosk's idle clock: after `idleSeconds - warningSeconds` without input
 * (pointer, key, touch, wheel) it starts counting down `warningSeconds`, and
 * any input stops the countdown; at 0 it calls `onTimeout`, once. One timer
 * at a time: input only notes the moment, and the timer, when it fires,
 * looks at how long it has really been quiet.
 */
export function useIdleTimer({ idleSeconds, warningSeconds, onTimeout }: IdleTimerOptions): IdleTimer {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timeout = useRef(onTimeout);
  const activityRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    timeout.current = onTimeout;
  }, [onTimeout]);

  useEffect(() => {
    const quietMs = Math.max(0, idleSeconds - warningSeconds) * 1000;
    const warningMs = Math.max(1, warningSeconds) * 1000;
    let lastInput = Date.now();
    let deadline: number | null = null;
    let done = false;
    let timer: number | undefined;
    let pointer: { x: number; y: number } | null = null;

    const schedule = (ms: number) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, Math.max(0, ms));
    };

    function check() {
      if (done) return;
      const now = Date.now();
      if (deadline === null) {
        const quietFor = now - lastInput;
        if (quietFor < quietMs) {
          schedule(quietMs - quietFor);
          return;
        }
        deadline = now + warningMs;
      }
      const left = deadline - now;
      if (left <= 0) {
        done = true;
        setSecondsLeft(0);
        timeout.current();
        return;
      }
      setSecondsLeft(Math.ceil(left / 1000));
      // The next whole second of the countdown.
      schedule(left % 1000 || 1000);
    }

    const input = () => {
      if (done) return;
      lastInput = Date.now();
      if (deadline !== null) {
        deadline = null;
        setSecondsLeft(null);
        schedule(quietMs);
      }
    };

    const onInput = (event: Event) => {
      if (event instanceof MouseEvent) {
        // Web views send a move when the page changes under a still mouse
        // (the warning appearing, say): that is no one at the kiosk. A move
        // counts only from where the pointer was last seen; the first one
        // seen only says where it is.
        const at = { x: event.screenX, y: event.screenY };
        const before = pointer;
        pointer = at;
        if (event.type === "pointermove" && (before === null || (before.x === at.x && before.y === at.y))) return;
      }
      input();
    };

    activityRef.current = input;
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
    schedule(quietMs);
    return () => {
      done = true;
      window.clearTimeout(timer);
      activityRef.current = () => undefined;
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, { capture: true });
    };
  }, [idleSeconds, warningSeconds]);

  const activity = useCallback(() => activityRef.current(), []);
  return { secondsLeft, activity };
}
