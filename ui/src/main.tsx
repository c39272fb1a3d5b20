import "./styles/uswds.scss";
import "./styles/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { selectBackend } from "./backend/select";
import { boot } from "./boot";

declare global {
  interface Window {
    /** Only under tests/bench/startup (CHILD_SUPPORT_BENCH_STARTUP=1): the shell's start-up mark. */
    __benchStartup?: (marks: { at: number; pageStart: number; phases?: StartupPhases }) => void;
  }
}

/** Benchmark only: when each step of the page's start was reached, in ms since the page began to load. */
interface StartupPhases {
  /** Every module of the first screen loaded and run: this one's body starts. */
  scripts: number;
  /** The backend chosen and what the first screen needs known (`boot`), the first render about to start. */
  render: number;
  /** The first screen's heading in the document. */
  heading: number;
  /** The frame after it begins (the scripts run before it are done). */
  frame?: number;
}

const scriptsRan = performance.now();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

/** Benchmark only: tells the shell when the first screen's heading has been painted. */
const benchStartup = window.__benchStartup;
let renderStarts = 0;
if (benchStartup) {
  const painted = (phases: StartupPhases) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      setTimeout(() => benchStartup({ at: Date.now(), pageStart: performance.timeOrigin, phases: { ...phases, frame } }));
    });
  const seen = new MutationObserver(() => {
    if (root.querySelector("main h1")) {
      seen.disconnect();
      painted({ scripts: scriptsRan, render: renderStarts, heading: performance.now() });
    }
  });
  seen.observe(root, { childList: true, subtree: true });
}

selectBackend().then(
  async (backend) => {
    const booted = await boot(backend);
    renderStarts = performance.now();
    createRoot(root).render(
      <StrictMode>
        <App backend={backend} boot={booted} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.textContent = error instanceof Error ? error.message : String(error);
  },
);
