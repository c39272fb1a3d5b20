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
  const first = rowKeys(new Map(), ["a", "b", "c"], null);

  it("number the first window's rows", () => {
    expect(keys(first)).toEqual([["a", 0], ["b", 1], ["c", 2]]);
  });

  it("keep the rows a small scroll leaves in view, and give the new ones keys of their own", () => {
    expect(keys(rowKeys(first, ["b", "c", "d"], null))).toEqual([["b", 1], ["c", 2], ["d", 3]]);
    expect(keys(rowKeys(first, ["z", "a", "b"], null))).toEqual([["z", 3], ["a", 0], ["b", 1]]);
  });

  it("hand a jump's rows the old rows' keys in order, so the DOM is written over, not rebuilt", () => {
    expect(keys(rowKeys(first, ["x", "y", "z"], null))).toEqual([["x", 0], ["y", 1], ["z", 2]]);
    expect(keys(rowKeys(first, ["w", "x", "y", "z"], null))).toEqual([["w", 0], ["x", 1], ["y", 2], ["z", 3]]);
    expect(keys(rowKeys(first, ["x"], null))).toEqual([["x", 0]]);
  });

  it("never give the focused row's key to another payment", () => {
    const next = rowKeys(first, ["x", "y", "z"], "b");
    expect(keys(next)).toEqual([["x", 0], ["y", 2], ["z", 3]]);
    expect(Array.from(next.values())).not.toContain(1);
  });
});
