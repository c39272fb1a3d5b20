// Loaded only when the Payments screen draws its chart (PaymentsChart.tsx
// imports this module dynamically), so uPlot stays out of the first screen's bundle.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ChartData } from "./chartData";

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), and told apart by shape too: bars, a dashed line with points, a solid line. */
export const CHART_COLOURS = {
  /** USWDS blue-60v, 7.1:1. */
  received: "#005ea2",
  /** USWDS gray-90, 17:1. */
  due: "#1b1b1b",
  /** USWDS red-60v, 6.6:1. */
  arrears: "#b50909",
  arrearsFill: "rgba(181, 9, 9, 0.08)",
  grid: "#dfe1e2",
  text: "#1b1b1b",
} as const;

export interface ChartText {
  /** `Jan 2024` in the parent's language. */
  month(day: string): string;
  /** `$1,250` in the parent's language, for the y axis. */
  money(amount: number): string;
  due: string;
  received: string;
  arrears: string;
}

export interface DrawnCharts {
  resize(width: number): void;
  destroy(): void;
}

const HEIGHT = 220;
const HALF_MONTH = 15 * 86_400;

function axes(font: string, text: ChartText, months: Map<number, string>): uPlot.Axis[] {
  const common = { stroke: CHART_COLOURS.text, font, grid: { stroke: CHART_COLOURS.grid, width: 1 }, ticks: { stroke: CHART_COLOURS.grid, width: 1 } };
  return [
    {
      ...common,
      space: 72,
      // Only month starts, in the parent's language (uPlot's own time labels are English).
      splits: (self) => (self.data[0] as number[]).filter((x) => {
        const min = self.scales.x?.min ?? -Infinity;
        const max = self.scales.x?.max ?? Infinity;
        return x >= min && x <= max;
      }),
      values: (_self, splits) => splits.map((x) => months.get(x) ?? ""),
      filter: (self, splits) => {
        // Thin the labels out to about one per 72 pixels.
        const every = Math.max(1, Math.ceil((splits.length * 72) / Math.max(1, self.bbox.width / uPlot.pxRatio)));
        return splits.map((x, index) => (index % every === 0 ? x : null));
      },
    },
    { ...common, size: 70, values: (_self, splits) => splits.map((y) => text.money(y)) },
  ];
}

const monthRange: uPlot.Range.Function = (_self, min, max) => [min - HALF_MONTH, max + HALF_MONTH];
const fromZero: uPlot.Range.Function = (_self, _min, max) => [0, max > 0 ? max * 1.1 : 1];

/**
 * Draws the two charts: what was received each month (bars) against what fell
 * due (a dashed line), and the past-due balance at each month's end (a line
 * over a light area). Static pictures: no cursor, no zoom, no animation.
 */
export function drawCharts(targets: { paid: HTMLElement; balance: HTMLElement }, data: ChartData, text: ChartText, width: number): DrawnCharts {
  const font = `14px ${getComputedStyle(targets.paid).fontFamily || "sans-serif"}`;
  const months = new Map(data.x.map((x, index) => [x, text.month(data.months[index] ?? "")]));
  const base = (): Omit<uPlot.Options, "series"> => ({
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false, drag: { x: false, y: false } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: { x: { time: false, range: monthRange }, y: { range: fromZero } },
    axes: axes(font, text, months),
  });
  const bars = uPlot.paths.bars?.({ size: [0.6, 48] });
  const paid = new uPlot(
    {
      ...base(),
      series: [
        {},
        { label: text.received, stroke: CHART_COLOURS.received, fill: CHART_COLOURS.received, width: 0, paths: bars, points: { show: false } },
        { label: text.due, stroke: CHART_COLOURS.due, width: 2, dash: [6, 4], points: { show: true, size: 6, fill: CHART_COLOURS.due } },
      ],
    },
    [data.x, data.received, data.due],
    targets.paid,
  );
  const balance = new uPlot(
    {
      ...base(),
      series: [{}, { label: text.arrears, stroke: CHART_COLOURS.arrears, fill: CHART_COLOURS.arrearsFill, width: 2, points: { show: data.x.length < 40, size: 5 } }],
    },
    [data.x, data.arrears],
    targets.balance,
  );
  return {
    resize(next) {
      paid.setSize({ width: next, height: HEIGHT });
      balance.setSize({ width: next, height: HEIGHT });
    },
    destroy() {
      paid.destroy();
      balance.destroy();
    },
  };
}
