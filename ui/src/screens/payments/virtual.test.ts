import { describe, expect, it } from "vitest";
import { countBelow, offsetOf, rowKeys, visibleWindow, type WindowInput } from "./virtual";

const BASE: WindowInput = { count: 10_000, rowHeight: 48, detailHeight: 96, open: [], scrollTop: 0, viewport: 480, overscan: 8 };

describe("the virtual window", () => {
  it("renders the visible rows and the overscan below at the top", () => {
    expect(visibleWindow(BASE)).toEqual({ start: 0, end: 19, before: 0, after: (10_000 - 19) * 48, total: 480_000 });
  });

  it("follows the scroll position, with overscan on both sides", () => {
    const shown = visibleWindow({ ...BASE, scrollTop: 5000 * 48 + 10 });
    expect(shown).toMatchObject({ start: 4992, end: 5019 });
    expect(shown.before).toBe(4992 * 48);
    expect(shown.before + (shown.end - shown.start) * 48 + shown.after).toBe(shown.total);
  });

  it("stops at the end, however far the scroll position says", () => {
    expect(visibleWindow({ ...BASE, scrollTop: 10_000_000 })).toMatchObject({ end: 10_000, after: 0 });
    expect(visibleWindow({ ...BASE, count: 3 })).toEqual({ start: 0, end: 3, before: 0, after: 0, total: 144 });
    expect(visibleWindow({ ...BASE, count: 0 })).toEqual({ start: 0, end: 0, before: 0, after: 0, total: 0 });
  });

  it("makes room for open rows' details", () => {
    const open = [2, 10, 4000];
    expect(countBelow(open, 0)).toBe(0);
    expect(countBelow(open, 3)).toBe(1);
    expect(countBelow(open, 10)).toBe(1);
    expect(countBelow(open, 11)).toBe(2);
    expect(countBelow(open, 10_000)).toBe(3);
    expect(offsetOf({ ...BASE, open }, 11)).toBe(11 * 48 + 2 * 96);
    const shown = visibleWindow({ ...BASE, open, scrollTop: offsetOf({ ...BASE, open }, 5000), overscan: 0 });
    expect(shown.start).toBe(5000);
    expect(shown.before).toBe(5000 * 48 + 3 * 96);
    expect(shown.total).toBe(10_000 * 48 + 3 * 96);
  });
});

describe("the rows' keys", () => {
  const keys = (map: ReadonlyMap<string, number>) => Array.from(map);
  const ids = (text: string) => text.split("");
  const first = rowKeys(new Map(), ids("abcdefgh"), null);

  it("number the first window's rows", () => {
    expect(keys(first)).toEqual(ids("abcdefgh").map((id, index) => [id, index]));
  });

  it("keep the rows a small scroll leaves in view, and give the new ones keys of their own", () => {
    expect(keys(rowKeys(first, ids("cdefghij"), null))).toEqual([
      ["c", 2], ["d", 3], ["e", 4], ["f", 5], ["g", 6], ["h", 7], ["i", 8], ["j", 9],
    ]);
    expect(keys(rowKeys(first, ids("yzabcdef"), null))).toEqual([
      ["y", 8], ["z", 9], ["a", 0], ["b", 1], ["c", 2], ["d", 3], ["e", 4], ["f", 5],
    ]);
  });

  it("hand the rows of a jump or a long scroll the old rows' keys in order, so the DOM is written over, not rebuilt", () => {
    const inOrder = (text: string) => ids(text).map((id, index) => [id, index]);
    expect(keys(rowKeys(first, ids("pqrstuvw"), null))).toEqual(inOrder("pqrstuvw"));
    expect(keys(rowKeys(first, ids("fghijklm"), null))).toEqual(inOrder("fghijklm"));
    expect(keys(rowKeys(first, ids("pqrstuvwx"), null))).toEqual(inOrder("pqrstuvwx"));
    expect(keys(rowKeys(first, ids("pq"), null))).toEqual(inOrder("pq"));
  });

  it("never give the focused row's key to another payment, and keep it for that row", () => {
    const jumped = rowKeys(first, ids("pqrstuvw"), "b");
    expect(keys(jumped)).toEqual([["p", 0], ["q", 2], ["r", 3], ["s", 4], ["t", 5], ["u", 6], ["v", 7], ["w", 8]]);
    const scrolled = rowKeys(first, ids("fghijklm"), "g");
    expect(scrolled.get("g")).toBe(6);
    expect(Array.from(scrolled.values()).filter((key) => key === 6)).toHaveLength(1);
    expect(new Set(scrolled.values()).size).toBe(8);
  });
});
