import { useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../../bindings/Language";
import type { MonthLine } from "../../bindings/MonthLine";
import { localeOf, formatMoney, formatMonth } from "../../l10n/format";
import { useLanguage } from "../../l10n/LanguageProvider";
import { useText } from "../../l10n/useText";
import { chartData, chartSummary } from "./chartData";
import type { ChartText, DrawnCharts, drawCharts } from "./drawChart";
import "./payments.css";

/** What draws the charts: `drawChart.ts`, loaded when first needed. */
export type ChartDrawer = { drawCharts: typeof drawCharts };
const loadDrawer = (): Promise<ChartDrawer> => {
  usableNavigatorLanguage();
  return import("./drawChart");
};

/**
 * uPlot makes a number format in `navigator.language` as it loads. A web view
 * started without a locale (LANG=C, as under Xvfb or on a bare kiosk session)
 * says "C", which Intl refuses, and uPlot would fail to load. Then the web
 * view says "en-US" instead; the chart's labels are in the parent's language
 * whatever it says.
 */
function usableNavigatorLanguage(): void {
  try {
    new Intl.NumberFormat(navigator.language);
  } catch {
    Object.defineProperty(navigator, "language", { configurable: true, get: () => "en-US" });
  }
}

/** Whether this web view can draw a chart (a canvas and media queries; not jsdom). */
function canDraw(): boolean {
  return typeof window.matchMedia === "function" && typeof ResizeObserver === "function";
}

function chartText(language: Language, t: ReturnType<typeof useText>): ChartText {
  const month = new Intl.DateTimeFormat(localeOf(language), { month: "short", year: "numeric", timeZone: "UTC" });
  const money = new Intl.NumberFormat(localeOf(language), { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  return {
    month: (day) => month.format(new Date(`${day}T00:00:00Z`)),
    money: (amount) => money.format(amount),
    due: t("payments-col-accrued"),
    received: t("payments-col-month-received"),
    arrears: t("payments-col-arrears-end"),
  };
}

function Key({ kind, label }: { kind: "received" | "due" | "arrears"; label: string }) {
  return (
    <li className="app-chart__key-item">
      <span className={`app-chart__swatch app-chart__swatch--${kind}`} />
      {label}
    </li>
  );
}

/**
 * The months of the balance table as two charts (uPlot, loaded on first use):
 * what was received against what fell due, and the past-due balance. The
 * charts are pictures of the table that follows them, so they are hidden
 * from screen readers; the figure's caption says what they show in words.
 * Nothing is drawn where the web view can't (and in tests without `load`).
 */
export function PaymentsChart({ months, load = loadDrawer }: { months: readonly MonthLine[]; load?: () => Promise<ChartDrawer> }) {
  const t = useText();
  const { language } = useLanguage();
  const paid = useRef<HTMLDivElement>(null);
  const balance = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const drawable = canDraw() && months.length > 0 && !failed;
  const data = useMemo(() => chartData(months), [months]);
  const summary = useMemo(() => chartSummary(months), [months]);

  useEffect(() => {
    const paidTarget = paid.current;
    const balanceTarget = balance.current;
    if (!drawable || !paidTarget || !balanceTarget) return;
    let drawn: DrawnCharts | null = null;
    let current = true;
    const observer = new ResizeObserver(() => drawn?.resize(paidTarget.clientWidth));
    load().then(
      (drawer) => {
        if (!current) return;
        try {
          drawn = drawer.drawCharts({ paid: paidTarget, balance: balanceTarget }, data, chartText(language, t), paidTarget.clientWidth);
        } catch {
          setFailed(true);
          return;
        }
        observer.observe(paidTarget);
      },
      () => {
        // The table below says it all; the chart is only a picture of it.
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
      observer.disconnect();
      drawn?.destroy();
    };
  }, [drawable, load, data, language, t]);

  if (!drawable || !summary) return null;
  const money = (amount: string) => formatMoney(amount, language);
  return (
    <figure className="app-chart" id="payments-chart" aria-labelledby="payments-chart-caption" data-months={months.length}>
      <figcaption id="payments-chart-caption" className="app-chart__caption">
        {t("payments-chart-summary", {
          from: formatMonth(summary.from, language),
          to: formatMonth(summary.to, language),
          due: money(summary.due),
          received: money(summary.received),
          start: money(summary.arrearsStart),
          end: money(summary.arrearsEnd),
        })}
      </figcaption>
      <div className="app-chart__pictures" aria-hidden="true">
        <p className="app-chart__title">{t("payments-chart-paid-title")}</p>
        <ul className="app-chart__key">
          <Key kind="received" label={t("payments-col-month-received")} />
          <Key kind="due" label={t("payments-col-accrued")} />
        </ul>
        <div ref={paid} className="app-chart__plot" id="payments-chart-paid" />
        <p className="app-chart__title">{t("payments-chart-arrears-title")}</p>
        <ul className="app-chart__key">
          <Key kind="arrears" label={t("payments-col-arrears-end")} />
        </ul>
        <div ref={balance} className="app-chart__plot" id="payments-chart-arrears" />
      </div>
    </figure>
  );
}
