/**
 * A fixed-height virtualiser for the payment table: which rows to render for
 * a scroll position, and how tall the space above and below them is. Rows are
 * `rowHeight` tall; an open row has a details row of `detailHeight` under it.
 */

export interface WindowInput {
  count: number;
  rowHeight: number;
  detailHeight: number;
  /** Indices of the open rows, ascending. */
  open: readonly number[];
  scrollTop: number;
  /** The visible height of the scroll container. */
  viewport: number;
  /** Extra rows rendered above and below what is visible, so Tab and fast scrolling find them. */
  overscan: number;
}

export interface VirtualWindow {
  /** The first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Pixels above `start` (the top spacer). */
  before: number;
  /** Pixels below `end` (the bottom spacer). */
  after: number;
  total: number;
}

/** How many of the ascending `sorted` are below `index`. */
export function countBelow(sorted: readonly number[], index: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? Infinity) < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The top of row `index` (or the total height, for `index === count`). */
export function offsetOf(input: Pick<WindowInput, "rowHeight" | "detailHeight" | "open">, index: number): number {
  return index * input.rowHeight + countBelow(input.open, index) * input.detailHeight;
}

/** The first row whose top is below `y` (further down the page), or `count` if none is. */
function firstRowStartingAfter(input: WindowInput, y: number): number {
  let low = 0;
  let high = input.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsetOf(input, middle) <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function visibleWindow(input: WindowInput): VirtualWindow {
  const total = offsetOf(input, input.count);
  if (input.count === 0) return { start: 0, end: 0, before: 0, after: 0, total };
  const top = Math.min(Math.max(0, input.scrollTop), Math.max(0, total - input.viewport));
  // The row that holds `top` is the last one starting at or above it.
  const first = Math.max(0, firstRowStartingAfter(input, top) - 1);
  const last = firstRowStartingAfter(input, top + input.viewport);
  const start = Math.max(0, first - input.overscan);
  const end = Math.min(input.count, Math.max(last, first + 1) + input.overscan);
  const before = offsetOf(input, start);
  return { start, end, before, after: total - offsetOf(input, end), total };
}

/**
 * React keys for the rows of a new window, given those of the window before
 * (payment id to key, in row order):
 *
 * - Where most of the new window's rows were already shown (a scroll of a
 *   few rows: no more than a quarter of them are new), each of those keeps
 *   its key, so React leaves its DOM alone, and each new row gets a key of
 *   its own, so that no row already there moves in the DOM.
 * - Otherwise (the scroll bar dragged, Page Down, Home, End), the new
 *   window's rows take the old window's keys in order, so that React writes
 *   their text into the rows already there instead of building rows again:
 *   every row it builds costs this web view a style and a layout of each
 *   new element.
 *
 * The row holding the keyboard focus (`focused`) keeps its key while it is
 * in the window, and its key is never given to another row: its element
 * must never come to stand for another payment.
 */
export function rowKeys(previous: ReadonlyMap<string, number>, ids: readonly string[], focused: string | null): Map<string, number> {
  let fresh = 0;
  for (const key of previous.values()) fresh = Math.max(fresh, key + 1);
  const next = new Map<string, number>();
  const added = ids.filter((id) => !previous.has(id)).length;
  if (added < ids.length && 4 * added <= ids.length) {
    for (const id of ids) next.set(id, previous.get(id) ?? fresh++);
    return next;
  }
  const focusedKey = focused === null ? undefined : previous.get(focused);
  const free = Array.from(previous.values()).filter((key) => key !== focusedKey);
  let taken = 0;
  for (const id of ids) next.set(id, id === focused && focusedKey !== undefined ? focusedKey : (free[taken++] ?? fresh++));
  return next;
}
