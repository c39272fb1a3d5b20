/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Tauri serves dist/ at the root of its own scheme; the dev server is only
// reached from the Tauri window (devUrl) or a local browser preview.
// The built app has no inline script or style (strict CSP). The dev server does:
// Vite injects CSS as <style> elements and plugin-react adds an inline Fast
// Refresh preamble, so `tauri dev` needs a looser `devCsp` than the release CSP.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  css: {
    // USWDS from its Sass packages (src/styles/uswds.scss), not its whole compiled CSS.
    preprocessorOptions: {
      scss: { loadPaths: ["node_modules/@uswds/uswds/packages"], quietDeps: true },
    },
  },
  server: {
    port: 1420,
    strictPort: true,
    host: "127.0.0.1",
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The WebKitGTK/WebView2 CSP forbids inline scripts; keep the build free of them.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
