import { useEffect, useState } from "react";
import type { AgencyConnection } from "../bindings/AgencyConnection";
import { useBackend } from "../backend/context";
import { toIpcError } from "../backend/errors";

export const AGENCY_REFRESH_MS = 60_000;

/**
 * The agency connection, asked at start and every minute after. `null` until
 * the first answer. A failed call counts as unreachable.
 */
export function useAgencyStatus(): AgencyConnection | null {
  const backend = useBackend();
  const [status, setStatus] = useState<AgencyConnection | null>(null);

  useEffect(() => {
    let current = true;
    const refresh = () => {
      backend
        .agencyStatus()
        .catch((thrown: unknown): AgencyConnection => ({ state: "unreachable", url: "", error: toIpcError(thrown) }))
        .then((next) => {
          if (current) setStatus(next);
        });
    };
    refresh();
    const timer = window.setInterval(refresh, AGENCY_REFRESH_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [backend]);

  return status;
}
