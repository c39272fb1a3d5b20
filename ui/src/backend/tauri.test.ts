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
    await backend.jurisdictions();
    await backend.setEstimateJurisdiction("US-WI");
    const input = { jurisdiction: "US-WI", as_of: "2026-06-01", children: 1, parents: { a: {}, b: {} } };
    await backend.estimate(input);
    expect(invoke.mock.calls).toEqual([
      ["app_info", undefined],
      ["settings", undefined],
      ["set_language", { language: "es" }],
      ["agency_status", undefined],
      ["jurisdictions", undefined],
      ["set_estimate_jurisdiction", { code: "US-WI" }],
      ["estimate", { case: input }],
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

  it("keeps the field and reason of an invalid_input error", async () => {
    const error = {
      code: "invalid_input",
      message: "`parents.a.monthly_income`: not a number",
      field: "parents.a.monthly_income",
      reason: "not_a_number",
    };
    invoke.mockRejectedValue(error);
    const input = { jurisdiction: "US-WI", as_of: "2026-06-01", children: 1, parents: { a: {}, b: {} } };
    await expect(createTauriBackend().estimate(input)).rejects.toEqual(error);
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
