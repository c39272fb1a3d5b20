import axe from "axe-core";

/** axe on the whole document; jsdom has no layout, so contrast is checked in the real window (E2E). */
export async function violations(): Promise<string[]> {
  const results = await axe.run(document, {
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
