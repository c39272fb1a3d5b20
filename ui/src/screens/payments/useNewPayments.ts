import { useCallback, useEffect, useState } from "react";
import { useBackend } from "../../backend/context";

/**
 * How many new payments the backend has reported (`payments_posted`, after
 * a sync) for the case on screen since the screen opened or the parent last
 * dismissed the notice. Reports for any other case are ignored.
 */
export function useNewPayments(caseId: string | null): { count: number; dismiss(): void } {
  const backend = useBackend();
  const [arrived, setArrived] = useState<{ caseId: string; count: number } | null>(null);

  useEffect(() => {
    if (caseId === null) return;
    return backend.onEvent((event) => {
      if (event.kind !== "payments_posted" || event.value.case_id !== caseId || event.value.count <= 0) return;
      const { count } = event.value;
      setArrived((previous) => ({ caseId, count: (previous?.caseId === caseId ? previous.count : 0) + count }));
    });
  }, [backend, caseId]);

  const dismiss = useCallback(() => setArrived(null), []);
  return { count: arrived !== null && arrived.caseId === caseId ? arrived.count : 0, dismiss };
}
