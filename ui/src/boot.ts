import type { Backend } from "./backend/backend";
import type { Language } from "./bindings/Language";
import { startingLanguage } from "./l10n/bundles";
import { HOME, modeOf, type AppMode } from "./kiosk/mode";

/** What the first screen needs from the shell before it can show anything. */
export interface Boot {
  /** Home, or an office's kiosk with its settings. */
  mode: AppMode;
  /** The language to start in: the saved one, an office's first, or the system's. */
  language: Language;
  /**
   * Whether these came with the page (the shell's `bootInfo`), as they were
   * when the window opened: the language is then checked against the saved
   * settings once the first screen is up, in case the parent chose another
   * and the page has loaded again since.
   */
  fromShell: boolean;
}

/** How long the saved settings may take before the app starts in the system's language. */
export const SETTINGS_WAIT_MS = 2000;

/**
 * What the first screen depends on: whether this is a kiosk, and the saved
 * language. The Tauri shell gives both with the page (`bootInfo`): the first
 * screen then waits for no round trip, which cost it 10-14 ms at start.
 *
 * Otherwise they are asked all at once (asked one after the other, from the
 * effects of the components that need them, each answer cost the first
 * screen a frame of its own). The shell's `app_info` cannot fail; if the
 * call does anyway, the app runs as at home (the backend still enforces a
 * kiosk's limits on its side). Settings that fail, or never come, leave the
 * language to the system's: a backend that never answers must not leave the
 * window blank.
 */
export async function boot(backend: Backend): Promise<Boot> {
  const given = backend.bootInfo();
  if (given) {
    const mode = modeOf(given.app);
    return { mode, language: startingLanguage(given.settings.language, mode.kiosk, navigator.languages), fromShell: true };
  }
  const mode = backend.appInfo().then(modeOf, (): AppMode => HOME);
  const saved = new Promise<Language | null>((resolve) => {
    const fallback = window.setTimeout(() => resolve(null), SETTINGS_WAIT_MS);
    backend
      .settings()
      .then(
        (settings) => resolve(settings.language),
        () => resolve(null),
      )
      .finally(() => window.clearTimeout(fallback));
  });
  const [appMode, language] = await Promise.all([mode, saved]);
  return { mode: appMode, language: startingLanguage(language, appMode.kiosk, navigator.languages), fromShell: false };
}
