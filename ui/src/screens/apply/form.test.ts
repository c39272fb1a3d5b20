import { describe, expect, it } from "vitest";
import { composeDate, errorIdOf, focusTargetOf, inputId, inScreenOrder, splitDate, stepOf } from "./form";

describe("the application form's dates", () => {
  it.each([
    [{ month: "4", day: "9", year: "2016" }, "2016-04-09"],
    [{ month: "12", day: "31", year: "1990" }, "1990-12-31"],
    [{ month: " 04 ", day: "09", year: "2016 " }, "2016-04-09"],
    [{ month: "", day: "", year: "" }, ""],
    [{ month: "4", day: "", year: "2016" }, "2016-04-"],
    [{ month: "", day: "9", year: "" }, "--09"],
    [{ month: "ab", day: "9", year: "2016" }, "2016-ab-09"],
  ])("composes %j as %j", (parts, composed) => {
    expect(composeDate(parts)).toBe(composed);
  });

  it("splits what it composed, and the US form the backend also takes", () => {
    expect(splitDate("2016-04-09")).toEqual({ year: "2016", month: "04", day: "09" });
    expect(splitDate("2016-04-")).toEqual({ year: "2016", month: "04", day: "" });
    expect(splitDate("3/9/2019")).toEqual({ month: "3", day: "9", year: "2019" });
    expect(splitDate("")).toEqual({ month: "", day: "", year: "" });
  });
});

describe("the application form's ids and steps", () => {
  it("names inputs, errors and focus targets after the field path", () => {
    expect(inputId("children.0.given_name")).toBe("apply-children-0-given_name");
    expect(errorIdOf("applicant.date_of_birth")).toBe("apply-applicant-date_of_birth-error");
    expect(errorIdOf("services")).toBe("apply-services-error");
    expect(focusTargetOf("applicant.date_of_birth")).toBe("apply-applicant-date_of_birth-month");
    expect(focusTargetOf("children.1.paternity")).toBe("apply-children-1-paternity-established");
    expect(focusTargetOf("other_parent.address")).toBe("apply-other_parent-address-line1");
    expect(focusTargetOf("services")).toBe("apply-service-locate_parent");
    expect(focusTargetOf("signature.consent")).toBe("apply-signature-consent");
  });

  it("puts each field on its step, and anything unknown on the review", () => {
    expect(["applicant.ssn", "other_parent.address", "children", "existing_orders.0.court", "services", "safety.fears_harm", "signature.consent", "brand_new"].map(stepOf)).toEqual([
      0, 1, 2, 3, 4, 5, 7, 7,
    ]);
  });

  it("lists a child's paternity after its name and date, as the screen shows them", () => {
    const issues = [
      { field: "children.0.paternity", problem: "required" as const },
      { field: "children.0.given_name", problem: "required" as const },
      { field: "children.1.paternity", problem: "required" as const },
      { field: "children.1.date_of_birth", problem: "future_date" as const },
    ];
    expect(inScreenOrder(issues).map((issue) => issue.field)).toEqual([
      "children.0.given_name",
      "children.0.paternity",
      "children.1.date_of_birth",
      "children.1.paternity",
    ]);
  });
});
