import { useEffect, useState } from "react";
import { routeFromHash, type Route } from "./routes";

/** The current route, following `location.hash`. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash) ?? "home");
  useEffect(() => {
    const follow = () => {
      const next = routeFromHash(window.location.hash);
      if (next) setRoute(next);
    };
    // The hash may have changed between the first render and this effect.
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return route;
}
