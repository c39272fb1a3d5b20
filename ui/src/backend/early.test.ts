import { describe, expect, it } from "vitest";
import { createMockBackend } from "./mock";
import { withEarlyAnswers } from "./early";

describe("the first screen's answers, asked early", () => {
  it("asks for the mode, the language and the session at once, before anyone calls", () => {
    const backend = createMockBackend();
    const asked: string[] = [];
    for (const name of ["appInfo", "settings", "session"] as const) {
      const real = backend[name].bind(backend);
      backend[name] = (() => {
        asked.push(name);
        return real();
      }) as never;
    }
    withEarlyAnswers(backend);
    expect(asked).toEqual(["appInfo", "settings", "session"]);
  });

  it("hands each early answer to the first call only, and asks again after it", async () => {
    const backend = createMockBackend();
    const early = withEarlyAnswers(backend);
    await backend.setLanguage("es");
    // The answer asked for before the change: what the page started with.
    expect((await early.settings()).language).toBeNull();
    expect((await early.settings()).language).toBe("es");
    expect((await early.session()).state).toBe("signed_out");
    expect((await early.appInfo()).mode).toBe("home");
  });

  it("passes a failed early answer to the first caller", async () => {
    const backend = createMockBackend();
    backend.settings = () => Promise.reject(new Error("no settings"));
    const early = withEarlyAnswers(backend);
    await expect(early.settings()).rejects.toThrow("no settings");
  });
});
