import { useEffect } from "react";

export const DOUBLE_ESCAPE_MS = 1000;

/** An Escape inside an open dialog belongs to the dialog (it closes it). */
function insideOpenDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]') !== null;
}

/** Calls `onDoubleEscape` when Escape is pressed twice within one second, anywhere outside a dialog. */
export function useDoubleEscape(onDoubleEscape: () => void): void {
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || insideOpenDialog(event.target)) return;
      const now = performance.now();
      if (now - last <= DOUBLE_ESCAPE_MS) {
        last = Number.NEGATIVE_INFINITY;
        onDoubleEscape();
      } else {
        last = now;
      }
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [onDoubleEscape]);
}
