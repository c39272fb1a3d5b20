/**
 * Loads the app again from the start, in place of the current history
 * entry: the welcome screen comes up in a fresh page, so nothing a visitor
 * left in the page's memory (React state, hooks' caches) survives, and Back
 * has no entry of the visit to go to (a visit only ever replaces its entry;
 * see `useKioskLockdown`). A separate module so that tests can stand in for
 * the reload.
 */
export function reloadToWelcome(): void {
  const { pathname, search } = window.location;
  // No fragment: a full navigation, not a jump within the page.
  window.location.replace(`${pathname}${search}`);
}
