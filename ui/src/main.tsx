import "./styles/uswds.scss";
import "./styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { selectBackend } from "./backend/select";

declare global {
  interface Window {
    /** Only under tests/bench/startup (CHILD_SUPPORT_BENCH_STARTUP=1): the shell's start-up mark. */
    __benchStartup?: (marks: { at: number; pageStart: number }) => void;
  }
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

/** Benchmark only: tells the shell when the first screen's heading has been painted. */
const benchStartup = window.__benchStartup;
if (benchStartup) {
  const painted = () =>
    requestAnimationFrame(() => setTimeout(() => benchStartup({ at: Date.now(), pageStart: performance.timeOrigin })));
  const seen = new MutationObserver(() => {
    if (root.querySelector("main h1")) {
      seen.disconnect();
      painted();
    }
  });
  seen.observe(root, { childList: true, subtree: true });
}

selectBackend().then(
  (backend) => {
    createRoot(root).render(
      <StrictMode>
        <App backend={backend} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.textContent = error instanceof Error ? error.message : String(error);
  },
);
