// Signing in, as a parent does: the agency's own sign-in page, the demo
// case on Home, the session kept in the OS keyring (never in a file) across
// a restart, and the case still shown, marked stale, when the agency is gone.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  attr, axeViolations, openApp, screenshot, signIn, startAgency, startDriver, userEnv, waitForAttr, waitForText,
} from "./harness.mjs";


/** Every file under `dir`, recursively. */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (statSync(path).isFile()) out.push(path);
  }
  return out;
}

describe("signing in and staying signed in", () => {
  let agency, env, tauriDriver, driver;

  before(async () => {
    agency = await startAgency();
    env = { ...userEnv(agency.url), CHILD_SUPPORT_SIGN_IN: "window" };
    tauriDriver = await startDriver(env);
    driver = await openApp(tauriDriver.url);
  });

  after(async () => {
    await driver?.quit().catch(() => {});
    await tauriDriver?.stop();
    await agency?.stop();
  });

  it("signs in on the agency's page and shows the demo case", async () => {
    const pageUrl = await signIn(driver, "P-1001", "Maria Lopez");
    assert.match(pageUrl, /^http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize/, "the agency's own page");
    await waitForText(driver, '#case-overview [data-case-id="C-1001"]', "Case C-1001");
    await waitForAttr(driver, "#sync-status", "data-phase", "idle");
    await waitForText(driver, "#sync-status", "Up to date as of");
    assert.equal(await attr(driver, "#case-overview", "data-stale"), "false");
    await screenshot(driver, "home-signed-in");
    assert.deepEqual(await axeViolations(driver), []);
  });

  it("keeps the refresh token in the keyring and in no file", () => {
    // secret-tool prints the secret on stdout and the attributes on stderr.
    const search = spawnSync("secret-tool", ["search", "--all", "service", "org.childsupport.selfservice"], {
      encoding: "utf8",
    });
    const found = `${search.stdout}\n${search.stderr}`;
    const secrets = [...found.matchAll(/^secret = (.+)$/gm)].map((m) => m[1].trim());
    const usernames = [...found.matchAll(/^attribute\.username = (.+)$/gm)].map((m) => m[1].trim());
    assert.ok(usernames.some((u) => u.startsWith("refresh-token@")), `a refresh token in the keyring: ${usernames}`);
    assert.ok(secrets.length >= 2, "the refresh token and the store's key");
    for (const dir of [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME]) {
      let files = [];
      try {
        files = filesUnder(dir);
      } catch {
        continue;
      }
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of secrets) {
          assert.equal(bytes.includes(secret), false, `${file} holds a secret`);
        }
      }
    }
  });

  it("is still signed in after the app is closed and opened again", async () => {
    await driver.quit();
    driver = await openApp(tauriDriver.url);
    await waitForText(driver, "#session-state", "Signed in as Maria Lopez");
    await waitForText(driver, '#case-overview [data-case-id="C-1001"]', "Case C-1001");
  });

  it("still shows the case, marked stale, when the agency is gone", async () => {
    await agency.stop();
    await driver.quit();
    driver = await openApp(tauriDriver.url);
    await waitForText(driver, '#case-overview [data-case-id="C-1001"]', "Case C-1001");
    await waitForAttr(driver, "#sync-status", "data-phase", "offline");
    await waitForText(driver, "#sync-status", "You're offline. Showing what the app saved as of");
    assert.equal(await attr(driver, "#case-overview", "data-stale"), "true");
    await screenshot(driver, "home-offline");
    assert.deepEqual(await axeViolations(driver), []);
  });
});
