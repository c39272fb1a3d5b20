import { useCallback, useState } from "react";
import type { Backend } from "./backend/backend";
import type { Boot } from "./boot";
import { BackendProvider } from "./backend/context";
import { Frame } from "./frame/Frame";
import { NeutralScreen } from "./frame/NeutralScreen";
import { useDoubleEscape } from "./frame/useDoubleEscape";
import { KioskShell } from "./kiosk/KioskShell";
import { AppModeProvider, useKiosk } from "./kiosk/mode";
import { LanguageProvider } from "./l10n/LanguageProvider";
import { SessionProvider } from "./session/SessionProvider";

/** At home the app (`HomeShell`); on an office's kiosk, visits one after another (`KioskShell`). */
function Shell() {
  const kiosk = useKiosk();
  return kiosk ? <KioskShell kiosk={kiosk} /> : <HomeShell />;
}

/**
 * The app, or after Quick exit only the neutral screen. Quick exit unmounts
 * the whole frame, so every page's state is gone, and it never comes back in
 * this run: Back in the history shows the same neutral screen.
 */
function HomeShell() {
  const [exited, setExited] = useState(false);

  // The neutral screen sets a neutral document title, which the shell mirrors
  // onto the native window title: nothing else to ask of the backend.
  const quickExit = useCallback(() => {
    setExited(true);
    window.history.replaceState(null, "", "#/");
  }, []);

  return exited ? <NeutralScreen /> : <Running onQuickExit={quickExit} />;
}

/** The running app. Its session state goes with it on Quick exit. */
function Running({ onQuickExit }: { onQuickExit(): void }) {
  useDoubleEscape(onQuickExit);
  return (
    <SessionProvider>
      <Frame onQuickExit={onQuickExit} />
    </SessionProvider>
  );
}

/** The app, once `boot` knows what its first screen needs (given with the page, or asked). */
export function App({ backend, boot }: { backend: Backend; boot: Boot }) {
  return (
    <BackendProvider backend={backend}>
      <AppModeProvider mode={boot.mode}>
        <LanguageProvider initial={boot.language} check={boot.fromShell}>
          <Shell />
        </LanguageProvider>
      </AppModeProvider>
    </BackendProvider>
  );
}
