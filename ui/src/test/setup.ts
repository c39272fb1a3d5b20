import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";

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
