import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import type { UploadProgress } from "../../bindings/UploadProgress";
import { quarterSent } from "./sizes";

/**
 * The latest progress of each upload, by outbox id, while this is mounted.
 * `onQuarter` hears an upload reach 25, 50, 75 and 100% (each once, and not
 * the quarter it was at when first heard of), for a screen reader: never
 * every tick.
 */
export function useUploadProgress(onQuarter?: (itemId: string, percent: number) => void): Record<string, UploadProgress> {
  const backend = useBackend();
  const [progress, setProgress] = useState<Record<string, UploadProgress>>({});
  const quarters = useRef(new Map<string, number>());
  const latest = useRef(onQuarter);
  useLayoutEffect(() => {
    latest.current = onQuarter;
  });

  useEffect(() => {
    const known = quarters.current;
    return backend.watchUploads((next) => {
      setProgress((previous) => ({ ...previous, [next.item_id]: next }));
      const quarter = quarterSent(next.sent, next.total);
      const before = known.get(next.item_id);
      known.set(next.item_id, Math.max(quarter, before ?? 0));
      if (before !== undefined && quarter > before) latest.current?.(next.item_id, quarter);
    });
  }, [backend]);

  return progress;
}
