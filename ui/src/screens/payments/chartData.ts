import type { MonthLine } from "../../bindings/MonthLine";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { addAmounts } from "./amounts";

/**
 * The chart's series, one value per month, oldest first. Money becomes a
 * number here only to place it on a canvas: nothing is added up from these
 * (the sums in words come from `chartSummary`, exactly).
 */
export interface ChartData {
  /** Each month's first day (`2026-05-01`), for labels. */
  months: string[];
  /** Each month's first day as seconds since 1970 (UTC), the x axis. */
  x: number[];
  /** Support that fell due in the month (the table's "Support due"). */
  due: (number | null)[];
  /** What was received in the month. */
  received: (number | null)[];
  /** The past-due balance at the month's end (so far, for a month not over). */
  arrears: (number | null)[];
  /** Whether the last month is still running. */
  lastIncomplete: boolean;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal string as a number to plot; null (a gap) for anything else. */
function plotted(amount: string): number | null {
  const trimmed = amount.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

function seconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** The months of the app's own statement as the chart's series (the same figures as the balance table). */
export function chartData(months: readonly MonthLine[]): ChartData {
  return {
    months: months.map((line) => line.month),
    x: months.map((line) => seconds(line.month)),
    due: months.map((line) => plotted(line.accrued)),
    received: months.map((line) => plotted(line.received)),
    arrears: months.map((line) => plotted(line.end.arrears)),
    lastIncomplete: months.length > 0 && months[months.length - 1]?.complete === false,
  };
}

/** The chart's series for a payments view: every month of its statement; none when there is no statement. */
export function chartDataOfView(view: PaymentsView): ChartData {
  return chartData(view.statement?.months ?? []);
}

/** What the chart shows, in figures for a sentence: the months it spans, the totals due and received, and the past-due balance at either end. */
export interface ChartSummary {
  from: string;
  to: string;
  due: string;
  received: string;
  arrearsStart: string;
  arrearsEnd: string;
}

/** The chart in figures, summed exactly from the decimal strings; null when there is no month. */
export function chartSummary(months: readonly MonthLine[]): ChartSummary | null {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return null;
  const sum = (pick: (line: MonthLine) => string) =>
    months.reduce<string>((total, line) => addAmounts(total, pick(line)) ?? total, "0.00");
  return {
    from: first.month,
    to: last.month,
    due: sum((line) => line.accrued),
    received: sum((line) => line.received),
    arrearsStart: first.end.arrears,
    arrearsEnd: last.end.arrears,
  };
}
