// How a kiosk ends when nobody presses "End my visit": the computer asks the
// app to quit (SIGTERM at shutdown, SIGHUP when the session ends, SIGINT from
// a terminal), or the app crashes. Either way no visitor's copies stay in
// the temporary folder. The real app binary, launched as an office would.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { APP, startAgency, tempDir, userEnv, writeKioskConfig } from "./harness.mjs";

const WAIT = 20_000;

/** The uploads folders (and their claims) of the app with process ID `pid`. */
const uploadsOf = (pid) => readdirSync(tmpdir()).filter((name) => name.startsWith(`csss-uploads-${pid}-`));

async function waitFor(check, what) {
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    const value = check();
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a kiosk that is quit or crashes", () => {
  let agency, config, env;

  before(async () => {
    agency = await startAgency();
    const office = tempDir("exit-office");
    config = join(office, "kiosk.toml");
    writeKioskConfig(config, {
      office_name: "Demo County: exit test",
      office_id: "DC-09",
      agency_url: agency.url,
      idle_timeout_seconds: 120,
      warning_seconds: 30,
      languages: ["en"],
      printing: false,
      upload_folder: office,
    });
    env = { ...process.env, ...userEnv("http://127.0.0.1:9/") };
  });

  after(async () => {
    await agency?.stop();
  });

  /**
   * Starts the kiosk and waits for its uploads folder (made once its backend
   * has started), then puts a visitor's copy in it, as an upload would.
   */
  async function startKiosk() {
    const app = spawn(APP, ["--kiosk", config], { env, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    app.stderr.on("data", (chunk) => (log += chunk));
    const exited = new Promise((ok) => app.once("exit", (code, signal) => ok({ code, signal })));
    const folder = await waitFor(
      () => uploadsOf(app.pid).find((name) => !name.endsWith(".lock")),
      "the kiosk's uploads folder",
    );
    const path = join(tmpdir(), folder);
    writeFileSync(join(path, "visitor-copy.pdf"), "a visitor's pay stub");
    return { app, exited, path, log: () => log };
  }

  for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"]) {
    it(`exits cleanly on ${signal}, deleting the visitor's copies`, async () => {
      const kiosk = await startKiosk();
      kiosk.app.kill(signal);
      const exit = await kiosk.exited;
      assert.deepEqual(exit, { code: 0, signal: null }, `the app's log:\n${kiosk.log()}`);
      assert.match(kiosk.log(), /asked to quit/);
      assert.deepEqual(uploadsOf(kiosk.app.pid), [], "no uploads folder or claim left");
    });
  }

  it("deletes what a crashed kiosk left at its next start", async () => {
    const crashed = await startKiosk();
    crashed.app.kill("SIGKILL");
    await crashed.exited;
    assert.ok(existsSync(join(crashed.path, "visitor-copy.pdf")), "a crash cannot delete anything");

    const next = await startKiosk();
    try {
      assert.equal(existsSync(crashed.path), false, "the crashed kiosk's copies are gone");
      assert.deepEqual(uploadsOf(crashed.app.pid), [], "and the folder's claim");
    } finally {
      next.app.kill("SIGTERM");
      await next.exited;
    }
  });
});
