import { render, screen, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { App } from "../App";
import type { Backend } from "../backend/backend";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "../backend/mock";
import { boot } from "../boot";

export interface RenderedApp extends RenderResult {
  backend: MockBackend;
  user: ReturnType<typeof userEvent.setup>;
}

/** Starts the whole app on a mock backend, as `main.tsx` does, and waits until its first page is shown. */
export async function renderApp(
  options: MockBackendOptions | MockBackend = {},
  wrap: (backend: MockBackend) => Backend = (backend) => backend,
): Promise<RenderedApp> {
  const backend = "calls" in options ? options : createMockBackend(options);
  const user = userEvent.setup();
  const wrapped = wrap(backend);
  const result = render(<App backend={wrapped} boot={await boot(wrapped)} />);
  await screen.findByRole("heading", { level: 1 }, { timeout: 3000 });
  return { ...result, backend, user };
}

/** Pretends the system (WebView) prefers these languages. */
export function preferLanguages(languages: string[]): void {
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

export function h1(): HTMLElement {
  return screen.getByRole("heading", { level: 1 });
}

export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id} on the page`);
  return element;
}
