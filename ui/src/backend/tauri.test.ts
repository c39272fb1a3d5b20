import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { createTauriBackend } = await import("./tauri");

describe("the Tauri backend", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("calls one command per method, with the right arguments", async () => {
    invoke.mockResolvedValue({ language: "es" });
    const backend = createTauriBackend();
    await backend.appInfo();
    await backend.settings();
    await backend.setLanguage("es");
    await backend.agencyStatus();
    expect(invoke.mock.calls).toEqual([
      ["app_info", undefined],
      ["settings", undefined],
      ["set_language", { language: "es" }],
      ["agency_status", undefined],
    ]);
  });

  it("passes answers through", async () => {
    invoke.mockResolvedValue({ name: "Child Support Self-Service", version: "1.2.3", mode: "kiosk" });
    await expect(createTauriBackend().appInfo()).resolves.toEqual({
      name: "Child Support Self-Service",
      version: "1.2.3",
      mode: "kiosk",
    });
  });

  it("keeps the backend's { code, message } errors", async () => {
    invoke.mockRejectedValue({ code: "storage", message: "disk full" });
    await expect(createTauriBackend().setLanguage("en")).rejects.toEqual({ code: "storage", message: "disk full" });
  });

  it.each([
    ["a string", "command quick_exit not found", "command quick_exit not found"],
    ["an Error", new Error("IPC down"), "IPC down"],
    ["an unknown code", { code: "teapot", message: "short and stout" }, "short and stout"],
    ["nothing useful", 42, "42"],
  ])("turns %s into an internal error", async (_kind, thrown, message) => {
    invoke.mockRejectedValue(thrown);
    await expect(createTauriBackend().settings()).rejects.toEqual({ code: "internal", message });
  });
});
