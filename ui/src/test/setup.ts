import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";

beforeEach(() => {
  window.history.replaceState(null, "", "#/");
  document.title = "Child Support Self-Service";
  document.documentElement.lang = "en";
});

afterEach(() => {
  cleanup();
});
