import { useEffect } from "react";
import { routeFromHash } from "../routing/routes";

/**
 * What a kiosk's page refuses, whatever screen is shown:
 * - the context menu (no "Inspect", "Reload", "Open link");
 * - any link out of the app: a kiosk never opens an external page, even
 *   if one were ever rendered (the shell refuses the navigation as well);
 * - a new history entry: the app's own links go to their route in place of
 *   the current entry, so a visit leaves nothing behind for Back to show.
 * In-page targets (the skip link's `#main-content`) are left alone.
 */
export function useKioskLockdown(): void {
  useEffect(() => {
    const noMenu = (event: Event) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element)) return;
      const link = event.target.closest("a[href]");
      if (!link) return;
      const href = link.getAttribute("href") ?? "";
      if (href.startsWith("#")) {
        if (routeFromHash(href) === null) return;
        event.preventDefault();
        if (event.type === "click" && event.button === 0) window.location.replace(href);
        return;
      }
      event.preventDefault();
    };
    document.addEventListener("contextmenu", noMenu, true);
    document.addEventListener("click", onClick, true);
    document.addEventListener("auxclick", onClick, true);
    return () => {
      document.removeEventListener("contextmenu", noMenu, true);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("auxclick", onClick, true);
    };
  }, []);
}
