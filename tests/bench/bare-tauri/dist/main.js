// Says when the page can be used, as the real app's UI does (ui/src/main.tsx):
// after the first paint of the page's heading. The hook exists only when the
// app was started with CHILD_SUPPORT_BENCH_STARTUP=1.
if (window.__benchStartup) {
  requestAnimationFrame(() =>
    setTimeout(() => window.__benchStartup({ at: Date.now(), pageStart: performance.timeOrigin })),
  );
}
