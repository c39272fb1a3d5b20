import type { AppInfo } from "../bindings/AppInfo";
import type { SessionState } from "../bindings/SessionState";
import type { Settings } from "../bindings/Settings";
import type { Backend } from "./backend";

/**
 * `backend`, with the three answers the first screen waits for (kiosk or
 * home, the saved language, who is signed in) asked for at once as the page
 * starts. Otherwise each provider asks only once the one above it has
 * rendered with its answer: three round trips and two renders one after
 * another before the first heading. Each early answer goes to the first call
 * only, the providers' own at start-up; later calls ask the backend again.
 */
export function withEarlyAnswers(backend: Backend): Backend {
  const first = <T>(ask: () => Promise<T>): (() => Promise<T>) => {
    let early: Promise<T> | null = ask();
    // Not lost as an unhandled rejection if no one takes it: the caller that does hears of it.
    early.catch(() => {});
    return () => {
      const answer = early ?? ask();
      early = null;
      return answer;
    };
  };
  return {
    ...backend,
    appInfo: first<AppInfo>(() => backend.appInfo()),
    settings: first<Settings>(() => backend.settings()),
    session: first<SessionState>(() => backend.session()),
  };
}
