import { Fragment, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Payment } from "../../bindings/agency/Payment";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMoney } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { countBelow, rowKeys, visibleWindow } from "./virtual";

/** The heights app.css gives a row and a details row, in rem. */
export const ROW_REM = 3;
export const DETAIL_REM = 6;
/** The scroll container's height until measured (its CSS max-height is 30rem), in rem. */
export const VIEWPORT_REM = 30;
/** Rows rendered beyond the visible ones on each side. */
export const OVERSCAN = 8;
/**
 * The rendered rows move in steps of this many rows: scrolling within a step
 * changes nothing in the DOM, so a slow scroll renders once every few rows
 * rather than on every scroll event.
 */
export const STEP_ROWS = 4;
const COLUMNS = 5;

/** The CSS custom property that gives a spacer row its height (set through the CSSOM, which the CSP allows). */
const SPACER_HEIGHT = "--app-spacer-height";

function setSpacer(row: HTMLTableRowElement | null, px: number): void {
  row?.style.setProperty(SPACER_HEIGHT, `${px}px`);
}

/** The root font size in CSS pixels (16 unless the parent made text larger), which the heights in rem follow. */
function remPx(): number {
  const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

type Sizes = { row: number; detail: number };

function sizesFor(rem: number): Sizes {
  return { row: ROW_REM * rem, detail: DETAIL_REM * rem };
}

/** The real heights of a rendered row and details row, where there is layout (not in jsdom). */
function measure(container: HTMLElement, previous: Sizes): Sizes {
  const height = (selector: string) => container.querySelector(selector)?.getBoundingClientRect().height ?? 0;
  const row = height("tr.app-history__row");
  const detail = height("tr.app-history__detail");
  const next = {
    row: row > 0 && Math.abs(row - previous.row) > 0.01 ? row : previous.row,
    detail: detail > 0 && Math.abs(detail - previous.detail) > 0.01 ? detail : previous.detail,
  };
  return next.row === previous.row && next.detail === previous.detail ? previous : next;
}

function detailsId(payment: Payment): string {
  return `payment-${payment.id}-details`;
}

function Distribution({ payment }: { payment: Payment }) {
  const t = useText();
  const { language } = useLanguage();
  const money = (amount: string) => formatMoney(amount, language);
  const { distribution } = payment;
  const facts: [string, string][] = [
    [t("payments-dist-current"), money(distribution.current_support)],
    [t("payments-dist-arrears"), money(distribution.arrears)],
    [t("payments-dist-interest"), money(distribution.interest)],
    [t("payments-dist-fees"), money(distribution.fees)],
    [t("payments-dist-disbursed"), payment.disbursed_on ? formatDay(payment.disbursed_on, language, "medium") : t("payments-not-disbursed")],
    [t("payments-dist-id"), payment.id],
  ];
  return (
    <dl className="app-history__distribution">
      {facts.map(([term, value]) => (
        <div key={term} className="app-history__fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface HistoryRowProps {
  payment: Payment;
  isOpen: boolean;
  rowIndex: number;
  onToggle(payment: Payment): void;
}

/** One payment's row, and its details row when open. Rows that stay in the window are not rendered again as it moves. */
const HistoryRow = memo(function HistoryRow({ payment, isOpen, rowIndex, onToggle }: HistoryRowProps) {
  const t = useText();
  const { language } = useLanguage();
  const money = (amount: string) => formatMoney(amount, language);
  const day = (date: string) => formatDay(date, language, "medium");
  return (
    <Fragment>
      <tr className="app-history__row" data-payment-id={payment.id} aria-rowindex={rowIndex}>
        <th scope="row">{day(payment.received_on)}</th>
        <td className="app-figure">{money(payment.amount)}</td>
        <td>{t(`payment-source-${payment.source}`)}</td>
        <td>{payment.disbursed_on ? day(payment.disbursed_on) : t("payments-not-disbursed")}</td>
        <td>
          <button
            type="button"
            className="usa-button usa-button--unstyled app-history__toggle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? detailsId(payment) : undefined}
            onClick={() => onToggle(payment)}
          >
            {t("payments-details")}{" "}
            <span className="usa-sr-only">{t("payments-details-for", { amount: money(payment.amount), date: day(payment.received_on) })}</span>
          </button>
        </td>
      </tr>
      {isOpen && (
        <tr className="app-history__detail" id={detailsId(payment)} data-details-for={payment.id} aria-rowindex={rowIndex + 1}>
          <td colSpan={COLUMNS}>
            <Distribution payment={payment} />
          </td>
        </tr>
      )}
    </Fragment>
  );
});

interface PaymentTableProps {
  /** The payments to list, in order (already filtered). */
  payments: readonly Payment[];
  /** Changes when the filters do: the list then starts again from the top. */
  resetKey: string;
}

/**
 * The payments as a real table, virtualised: only the rows in view (and a few
 * more) are in the DOM, between two spacer rows as tall as the rows left out,
 * so the scroll bar and position stay true. `aria-rowcount` and each row's
 * `aria-rowindex` tell screen readers where they are in the whole list. Each
 * row opens (a button with `aria-expanded`) a details row with how the
 * payment was applied.
 */
export function PaymentTable({ payments, resetKey }: PaymentTableProps) {
  const t = useText();
  const scroller = useRef<HTMLDivElement>(null);
  const topSpacer = useRef<HTMLTableRowElement>(null);
  const bottomSpacer = useRef<HTMLTableRowElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(() => VIEWPORT_REM * remPx());
  const [sizes, setSizes] = useState(() => sizesFor(remPx()));
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());

  const open = useMemo(
    () => (openIds.size === 0 ? [] : payments.flatMap((payment, index) => (openIds.has(payment.id) ? [index] : []))),
    [payments, openIds],
  );
  // `scrollTop` is kept in whole steps: the window covers the step too.
  const step = sizes.row * STEP_ROWS;
  const shown = visibleWindow({
    count: payments.length,
    rowHeight: sizes.row,
    detailHeight: sizes.detail,
    open,
    scrollTop,
    viewport: viewport + step,
    overscan: OVERSCAN,
  });

  // New filters: back to the top of the list.
  const [listed, setListed] = useState(resetKey);
  if (listed !== resetKey) {
    setListed(resetKey);
    setScrollTop(0);
  }
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  // The spacers' heights, after every render.
  useLayoutEffect(() => {
    setSpacer(topSpacer.current, shown.before);
    setSpacer(bottomSpacer.current, shown.after);
  });

  // The rows' real heights, read when other rows are rendered or opened
  // (not on every scroll event, where reading them forced a layout of the
  // table before each change).
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) setSizes((previous) => measure(element, previous));
  }, [shown.start, shown.end, openIds]);

  // The visible height, and the row heights again when the window or the text size changes.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const resized = () => {
      if (element.clientHeight > 0) setViewport(element.clientHeight);
      setSizes((previous) => {
        const next = measure(element, sizesFor(remPx()));
        return next.row === previous.row && next.detail === previous.detail ? previous : next;
      });
    };
    resized();
    if (typeof ResizeObserver === "undefined") {
      window.addEventListener("resize", resized);
      return () => window.removeEventListener("resize", resized);
    }
    const observer = new ResizeObserver(resized);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Only a new step renders: a state set to the value it has renders nothing.
  const scrolled = (element: HTMLElement) => setScrollTop(step > 0 ? Math.floor(element.scrollTop / step) * step : element.scrollTop);
  // The web view fires scroll events as it updates the rendering, just before
  // it paints a frame: rows rendered in the event (as Preact does a state set
  // there, at the end of the event) hold that frame back, and a drag through
  // the list then ran at no more than the screen's rate. So the rows follow
  // in a task of their own, after the frame has shown the new scroll position
  // (the overscan rows cover it), as React's scheduler did: one task for all
  // the events before it, reading where the list is when it runs.
  const latestScrolled = useRef(scrolled);
  useLayoutEffect(() => {
    latestScrolled.current = scrolled;
  });
  const pendingScroll = useRef<number | null>(null);
  const onScroll = (element: HTMLElement) => {
    if (pendingScroll.current !== null) return;
    pendingScroll.current = window.setTimeout(() => {
      pendingScroll.current = null;
      latestScrolled.current(element);
    });
  };
  useEffect(
    () => () => {
      if (pendingScroll.current !== null) window.clearTimeout(pendingScroll.current);
    },
    [],
  );

  const toggle = useCallback(
    (payment: Payment) =>
      setOpenIds((previous) => {
        const next = new Set(previous);
        if (!next.delete(payment.id)) next.add(payment.id);
        return next;
      }),
    [],
  );

  // The rows' keys (see `rowKeys`): worked out again, during this render,
  // whenever the window or the list changes.
  const inView = payments.slice(shown.start, shown.end);
  const idsInView = () => inView.map((payment) => payment.id);
  const [focused, setFocused] = useState<string | null>(null);
  const [keyed, setKeyed] = useState(() => ({ payments, start: shown.start, end: shown.end, keys: rowKeys(new Map(), idsInView(), null) }));
  let keys = keyed.keys;
  if (keyed.payments !== payments || keyed.start !== shown.start || keyed.end !== shown.end) {
    keys = rowKeys(keys, idsInView(), focused);
    setKeyed({ payments, start: shown.start, end: shown.end, keys });
  }

  const rows = inView.map((payment, offset) => {
    const index = shown.start + offset;
    return (
      <HistoryRow
        key={keys.get(payment.id) ?? payment.id}
        payment={payment}
        isOpen={openIds.has(payment.id)}
        rowIndex={2 + index + countBelow(open, index)}
        onToggle={toggle}
      />
    );
  });

  return (
    <div
      ref={scroller}
      className="app-history__scroller"
      id="payments-scroller"
      data-rendered-from={shown.start}
      data-rendered-to={shown.end}
      onScroll={(event) => onScroll(event.currentTarget)}
    >
      <table
        className="usa-table usa-table--borderless app-history__table"
        id="payments-table"
        aria-rowcount={1 + payments.length + open.length}
        onFocus={(event) => setFocused(event.target.closest("tr")?.getAttribute("data-payment-id") ?? null)}
        onBlur={() => setFocused(null)}
      >
        <caption className="usa-sr-only">{t("payments-history-caption")}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t("payments-col-received")}</th>
            <th scope="col" className="app-figure">
              {t("payments-col-amount")}
            </th>
            <th scope="col">{t("payments-col-source")}</th>
            <th scope="col">{t("payments-col-disbursed")}</th>
            <th scope="col">
              <span className="usa-sr-only">{t("payments-col-details")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.before > 0 && (
            <tr ref={topSpacer} className="app-history__spacer" aria-hidden="true">
              <td colSpan={COLUMNS} />
            </tr>
          )}
          {rows}
          {shown.after > 0 && (
            <tr ref={bottomSpacer} className="app-history__spacer" aria-hidden="true">
              <td colSpan={COLUMNS} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
