import { describe, expect, it } from "vitest";
import { createMockBackend } from "./mock";

describe("the mock backend", () => {
  it("remembers the language like the real settings file", async () => {
    const backend = createMockBackend();
    expect(await backend.settings()).toEqual({ language: null });
    expect(await backend.setLanguage("es")).toEqual({ language: "es" });
    expect(await backend.settings()).toEqual({ language: "es" });
    expect(backend.calls.map((call) => call.method)).toEqual(["settings", "setLanguage", "settings"]);
  });

  it("fails on demand with an IpcError", async () => {
    const backend = createMockBackend({ failures: { appInfo: { code: "internal", message: "no" } } });
    await expect(backend.appInfo()).rejects.toEqual({ code: "internal", message: "no" });
    backend.fail("appInfo", undefined);
    await expect(backend.appInfo()).resolves.toMatchObject({ name: "Child Support Self-Service" });
  });
});
