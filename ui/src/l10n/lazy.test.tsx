import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MOCK_CASES } from "../backend/mock";
import { signedIn } from "../test/account";
import { preferLanguages, renderApp } from "../test/renderApp";
import { parsedFiles } from "./bundles";

// A file of its own: the parsed bundles are kept for the module's life.
describe("the messages the first screen needs", () => {
  it("are parsed alone: the other files wait for the screens that use them", async () => {
    preferLanguages(["es-MX"]);
    await renderApp();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Su manutención de menores, en un solo lugar");
    expect(parsedFiles("es")).toEqual(["frame"]);
    expect(parsedFiles("en")).toEqual([]);
  });

  it("are the same when a parent is signed in with a case", async () => {
    preferLanguages(["en-US"]);
    await renderApp({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: new Date().toISOString() } });
    await screen.findByText(MOCK_CASES[0]?.id ?? "C-1001", { exact: false });
    expect(parsedFiles("en")).toEqual(["frame"]);
  });

  it("leave the job screens' files to the first of them, which shows their messages", async () => {
    preferLanguages(["en-US"]);
    await renderApp();
    expect(parsedFiles("en")).toEqual(["frame"]);
    fireEvent.click(screen.getByRole("link", { name: "Estimate" }));
    // The shared file's, not the id it would show had the screen come first.
    expect(await screen.findByLabelText("State")).toBeTruthy();
    expect(parsedFiles("en")).toContain("shared");
  });
});
