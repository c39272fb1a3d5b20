/** The app's pages, in navigation order. */
export const ROUTES = ["home", "estimate", "apply", "payments", "pay", "documents", "modify", "contact", "messages", "appointments"] as const;
export type Route = (typeof ROUTES)[number];

/** The five jobs a parent comes to do, in the order the navigation shows them. */
export const JOBS = ["estimate", "apply", "payments", "documents", "modify"] as const satisfies readonly Route[];
export type Job = (typeof JOBS)[number];

export function hrefFor(route: Route): string {
  return route === "home" ? "#/" : `#/${route}`;
}

/**
 * The route a location hash names. `#/`, `#` and no hash are Home; a route
 * hash we don't know also lands on Home. Hashes that are not routes (such as
 * `#main-content`) return null: they are in-page targets, not navigation.
 */
export function routeFromHash(hash: string): Route | null {
  if (hash === "" || hash === "#") return "home";
  if (!hash.startsWith("#/")) return null;
  const name = hash.slice(2).replace(/\/+$/, "");
  return (ROUTES as readonly string[]).includes(name) && name !== "home" ? (name as Route) : "home";
}
