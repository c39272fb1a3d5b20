import { waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MOCK_AGENCY_NAME, MOCK_CASES } from "../../backend/mock";
import { earlierToday, signedIn } from "../../test/account";
import { violations } from "../../test/axe";
import { byId } from "../../test/renderApp";
import type { ChartData } from "./chartData";
import type { ChartText } from "./drawChart";
import { openPayments } from "./testing";

// uPlot needs a real canvas: the drawing is stood in for, and checked by what it is given.
const drawn = vi.hoisted(() => ({
  calls: [] as { data: ChartData; text: ChartText; width: number; paid: HTMLElement }[],
  destroyed: 0,
  fail: false,
}));
vi.mock("./drawChart", () => ({
  drawCharts: (targets: { paid: HTMLElement }, data: ChartData, text: ChartText, width: number) => {
    if (drawn.fail) throw new Error("no canvas");
    drawn.calls.push({ data, text, width, paid: targets.paid });
    return { resize: () => undefined, destroy: () => (drawn.destroyed += 1) };
  },
}));

class FakeResizeObserver {
  observe() {}
  disconnect() {}
}

describe("the chart of the balance over time", () => {
  beforeEach(() => {
    drawn.calls.length = 0;
    drawn.destroyed = 0;
    drawn.fail = false;
    // jsdom has neither; a web view has both.
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }));
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("pictures the months the table shows, says them in words, and is hidden from screen readers", async () => {
    const { user } = await openPayments();
    const figure = await waitFor(() => byId("payments-chart"));
    expect(figure.closest("#payments-balance-history")).not.toBeNull();
    expect(figure.getAttribute("aria-labelledby")).toBe("payments-chart-caption");
    expect(byId("payments-chart-caption").textContent).toBe(
      "From June 2024 through May 2026, $10,800.00 of support fell due and $9,100.00 was received. " +
        "The past-due balance went from $0.00 to $1,250.00. The table below has each month's figures.",
    );
    expect(figure.querySelector(".app-chart__pictures")?.getAttribute("aria-hidden")).toBe("true");
    await waitFor(() => expect(drawn.calls).toHaveLength(1));
    const first = drawn.calls[0];
    expect(first?.data.months).toHaveLength(24);
    expect(first?.data.months.at(-1)).toBe("2026-05-01");
    expect(first?.paid.id).toBe("payments-chart-paid");
    expect(first?.text.received).toBe("Received");
    expect(first?.text.month("2026-05-01")).toBe("May 2026");
    expect(first?.text.money(1250)).toBe("$1,250");

    // Every month in the table, every month in the chart.
    await user.click(byId("payments-balances-toggle"));
    await waitFor(() => expect(drawn.calls).toHaveLength(2));
    expect(drawn.calls[1]?.data.months).toHaveLength(29);
    expect(drawn.destroyed).toBe(1);
    expect(figure.dataset.months).toBe("29");
  });

  it("is in Spanish too", async () => {
    await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, settings: { language: "es" } });
    await waitFor(() => expect(drawn.calls).toHaveLength(1));
    expect(byId("payments-chart-caption").textContent).toMatch(/^De junio de 2024 a mayo de 2026, vencieron \$10,800\.00 de manutención/);
    expect(drawn.calls[0]?.text.month("2026-05-01")).toBe("may 2026");
    expect(drawn.calls[0]?.text.arrears).toBe("Atrasos al final del mes");
  });

  it("passes axe, in both languages", async () => {
    for (const language of ["en", "es"] as const) {
      const app = await openPayments({ session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() }, settings: { language } });
      await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
      await waitFor(() => byId("payments-chart"));
      expect(await violations()).toEqual([]);
      app.unmount();
    }
  });

  it("leaves the table alone when the chart can't be drawn, or where the web view can't draw", async () => {
    drawn.fail = true;
    const app = await openPayments();
    await waitFor(() => expect(document.getElementById("payments-chart")).toBeNull());
    expect(byId("payments-balances").querySelectorAll("tbody tr")).toHaveLength(24);
    app.unmount();

    drawn.fail = false;
    vi.unstubAllGlobals();
    await openPayments();
    expect(byId("payments-balances")).toBeTruthy();
    expect(document.getElementById("payments-chart")).toBeNull();
  });
});
