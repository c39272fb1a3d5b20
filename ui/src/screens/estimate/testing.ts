import { screen, waitFor } from "@testing-library/react";
import { expect } from "vitest";
import type { MockBackend, MockBackendOptions } from "../../backend/mock";
import { byId, renderApp, type RenderedApp } from "../../test/renderApp";

/** Opens the app on the Estimate screen and waits for the state list. */
export async function openEstimate(options: MockBackendOptions | MockBackend = {}): Promise<RenderedApp> {
  window.history.replaceState(null, "", "#/estimate");
  const app = await renderApp(options);
  await screen.findByRole("combobox", { name: /state|estado/i }, { timeout: 3000 });
  await waitFor(() => expect(byId("estimate-jurisdiction")).toBeTruthy());
  return app;
}

export function field(id: string): HTMLInputElement {
  return byId(id) as HTMLInputElement;
}

/** Fills Wisconsin's shared-placement example by keyboard and mouse, as a parent would. */
export async function fillWisconsin({ user }: RenderedApp): Promise<void> {
  await user.selectOptions(byId("estimate-jurisdiction"), "US-WI");
  await user.type(byId("estimate-children"), "2");
  await user.click(byId("custodial-a"));
  await user.type(byId("overnights-a"), "219");
  await user.type(byId("overnights-b"), "146");
  await user.type(byId("income-a"), "2000.00");
  await user.type(byId("income-b"), "3000.00");
}
