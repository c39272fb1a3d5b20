import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";

/**
 * Files dropped onto the app's window while this is mounted go to `onDrop`
 * (their paths); `over` is true while files are held over the window, for
 * the drop zone to show it.
 */
export function useFileDrop(onDrop: (paths: string[]) => void): boolean {
  const backend = useBackend();
  const [over, setOver] = useState(false);
  const latest = useRef(onDrop);
  useLayoutEffect(() => {
    latest.current = onDrop;
  });

  useEffect(
    () =>
      backend.onFileDrop((event) => {
        setOver(event.type === "over");
        if (event.type === "drop" && event.paths.length > 0) latest.current(event.paths);
      }),
    [backend],
  );

  return over;
}
