import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { KioskSettings } from "../bindings/KioskSettings";
import { useBackend } from "../backend/context";
import { Frame } from "../frame/Frame";
import { useDoubleEscape } from "../frame/useDoubleEscape";
import { useText } from "../l10n/useText";
import { SessionProvider, useSession } from "../session/SessionProvider";
import { IdleWarning } from "./IdleWarning";
import "./kiosk.css";
import { reloadToWelcome } from "./reload";
import { useIdleTimer } from "./useIdleTimer";
import { useKioskLockdown } from "./useKioskLockdown";
import { VisitEndFailed, VisitEnding, VisitUnsent } from "./VisitEnd";
import { WelcomeScreen } from "./WelcomeScreen";

type Phase =
  | { kind: "welcome" }
  | { kind: "visit" }
  /** The backend delivers what was submitted, then wipes the visit. */
  | { kind: "ending" }
  | { kind: "unsent"; count: number }
  | { kind: "failed" };

/** A sign-in finished in the agency's window counts as input: the page saw none while it was open. */
function SessionActivity({ onActivity }: { onActivity(): void }) {
  const kind = useSession().state?.state;
  useEffect(() => {
    if (kind !== undefined) onActivity();
  }, [kind, onActivity]);
  return null;
}

interface VisitProps {
  kiosk: KioskSettings;
  onEnd(): void;
  announce(text: string): void;
}

/**
 * A visit: the whole app, with "End my visit" in the header, and the idle
 * clock. While "Are you still there?" shows, the app under it is inert.
 *
 * Quick exit has no neutral screen on a kiosk: a visitor who must hide the
 * screen at once needs it emptied for good, not a notes page over a visit
 * the next person could get back to. So "End my visit" takes Quick exit's
 * place (and its double Escape), and does the full reset at once.
 */
function KioskVisit({ kiosk, onEnd, announce }: VisitProps) {
  const t = useText();
  useDoubleEscape(onEnd);
  const idle = useIdleTimer({ idleSeconds: kiosk.idle_timeout_seconds, warningSeconds: kiosk.warning_seconds, onTimeout: onEnd });
  const secondsLeft = idle.secondsLeft;
  const warning = secondsLeft !== null && secondsLeft > 0;
  const said = t("kiosk-idle-announce", { seconds: kiosk.warning_seconds });
  useEffect(() => {
    // Once as the warning opens (not each second); withdrawn when it closes.
    announce(warning ? said : "");
  }, [announce, warning, said]);

  // Focus back where it was before the warning, once the visit is no longer inert.
  const returnTo = useRef<HTMLElement | null>(null);
  const remember = useCallback((hadFocus: HTMLElement | null) => {
    returnTo.current = hadFocus;
  }, []);
  useLayoutEffect(() => {
    if (warning) return;
    const target = returnTo.current;
    returnTo.current = null;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (target?.isConnected && lost) target.focus();
  }, [warning]);

  return (
    <>
      <div className="kiosk-visit" inert={warning}>
        <SessionProvider>
          <SessionActivity onActivity={idle.activity} />
          <Frame onQuickExit={onEnd} focusFirst />
        </SessionProvider>
      </div>
      {warning && <IdleWarning secondsLeft={secondsLeft} onStay={idle.activity} onOpen={remember} />}
    </>
  );
}

/**
 * The app on an office's kiosk: the welcome screen, then a visit, then its
 * end (the backend's `end_visit`), which shows "Ending your visit…" while
 * what the visitor submitted is delivered, says plainly how many
 * submissions could not be sent, and then loads the app afresh on the
 * welcome screen in place of the visit's history entry.
 */
export function KioskShell({ kiosk }: { kiosk: KioskSettings }) {
  const backend = useBackend();
  const t = useText();
  useKioskLockdown();
  const [phase, setPhase] = useState<Phase>({ kind: "welcome" });
  const [visitAnnouncement, setVisitAnnouncement] = useState("");
  const ending = useRef(false);

  const finish = useCallback(() => {
    ending.current = true;
    setPhase({ kind: "ending" });
    backend.endVisit().then(
      ({ unsent }) => {
        if (unsent > 0) setPhase({ kind: "unsent", count: unsent });
        else reloadToWelcome();
      },
      () => setPhase({ kind: "failed" }),
    );
  }, [backend]);

  const endVisit = useCallback(() => {
    if (!ending.current) finish();
  }, [finish]);

  const start = () => {
    // The visit starts on Home, in place of the welcome screen's entry.
    window.history.replaceState(null, "", "#/");
    setPhase({ kind: "visit" });
  };

  // The visit says its own (the idle warning); the pages after "ending" speak for themselves.
  const announced = phase.kind === "ending" ? t("kiosk-ending-title") : phase.kind === "visit" ? visitAnnouncement : "";

  return (
    <>
      {phase.kind === "welcome" && <WelcomeScreen kiosk={kiosk} onStart={start} />}
      {phase.kind === "visit" && <KioskVisit kiosk={kiosk} onEnd={endVisit} announce={setVisitAnnouncement} />}
      {phase.kind === "ending" && <VisitEnding />}
      {phase.kind === "unsent" && <VisitUnsent count={phase.count} onDone={reloadToWelcome} />}
      {phase.kind === "failed" && <VisitEndFailed onRetry={finish} />}
      <div id="kiosk-announcer" className="usa-sr-only" aria-live="assertive" aria-atomic="true">
        {announced}
      </div>
    </>
  );
}
