import { cleanup, configure } from "@testing-library/react";
import { options } from "preact";
import { afterEach, beforeEach } from "vitest";

// The UI runs on Preact (vite.config.ts), which runs a render's effects after
// the next frame, where React under Testing Library's act() ran them as soon
// as the render was done. A test that waits for what a parent sees (a heading,
// a list) then goes on before the effects behind it ran (a listener added,
// the focus moved, the title set), which a parent, a frame later, never
// notices. So the tests run each render's effects once the render is done, as
// Preact's own act() does: the same effects, in the same order, only sooner.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);

// A screen is a lazy chunk: on a busy machine (two cores running builds
// beside the tests, as on CI) its first import alone can take more than
// Testing Library's default second. What a test waits for still has to happen.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  window.history.replaceState(null, "", "#/");
  document.title = "Child Support Self-Service";
  document.documentElement.lang = "en";
});

afterEach(() => {
  cleanup();
});
