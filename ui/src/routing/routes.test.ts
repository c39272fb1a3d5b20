import { describe, expect, it } from "vitest";
import { hrefFor, ROUTES, routeFromHash } from "./routes";

describe("routes", () => {
  it.each([
    ["", "home"],
    ["#", "home"],
    ["#/", "home"],
    ["#/estimate", "estimate"],
    ["#/payments/", "payments"],
    ["#/home", "home"],
    ["#/unknown", "home"],
    ["#main-content", null],
  ])("%j is %s", (hash, route) => {
    expect(routeFromHash(hash)).toBe(route);
  });

  it("round-trips every route through its href", () => {
    for (const route of ROUTES) {
      expect(routeFromHash(hrefFor(route))).toBe(route);
    }
    expect(ROUTES.map(hrefFor)).toEqual(["#/", "#/estimate", "#/apply", "#/payments", "#/pay", "#/documents", "#/modify", "#/contact", "#/messages", "#/appointments"]);
  });
});
