import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import type { Language } from "../bindings/Language";
import { SOURCES } from "../test/messageSources";
import { LANGUAGES } from "./bundles";
import { WORKSHEET_KEYS } from "./worksheetKeys";

/**
 * `worksheetKeys.ts` is written from the calculator's `MESSAGE_KEYS` by
 * `cargo test -p guidelines --features ts`, and a plain `cargo test -p guidelines` fails
 * while it is out of date; so this list is the Rust one. Each key needs a `ws-<key>`
 * message in both languages, using only the variables the calculator sends.
 */

type Node = { type?: string; name?: string; [key: string]: unknown };

function variablesOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    node.forEach((child) => variablesOf(child, found));
  } else if (node && typeof node === "object") {
    const n = node as Node;
    if (n.type === "var" && typeof n.name === "string") found.add(n.name);
    Object.values(n).forEach((child) => variablesOf(child, found));
  }
  return found;
}

function wsMessages(language: Language): Map<string, Set<string>> {
  const resource = new FluentResource(SOURCES[language]);
  return new Map(
    resource.body.filter((entry) => entry.id.startsWith("ws-")).map((entry) => [entry.id, variablesOf(entry)]),
  );
}

const KEYS = Object.entries(WORKSHEET_KEYS);

describe("the worksheet's messages", () => {
  it("come from the calculator's list", () => {
    expect(KEYS.length).toBeGreaterThan(50);
    expect(WORKSHEET_KEYS["common-monthly-child-support"]).toEqual([]);
  });

  it.each(LANGUAGES)("has a ws- message for every key, in %s", (language) => {
    const messages = wsMessages(language);
    const missing = KEYS.map(([key]) => `ws-${key}`).filter((id) => !messages.has(id));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)("uses only the arguments the calculator sends, in %s", (language) => {
    const messages = wsMessages(language);
    for (const [key, args] of KEYS) {
      const used = [...(messages.get(`ws-${key}`) ?? [])];
      expect(used.filter((name) => !args.includes(name)), key).toEqual([]);
    }
  });

  it.each(LANGUAGES)("has no ws- message for a key the calculator no longer uses, in %s", (language) => {
    const stale = [...wsMessages(language).keys()].filter((id) => !(id.slice(3) in WORKSHEET_KEYS));
    expect(stale).toEqual([]);
  });
});
