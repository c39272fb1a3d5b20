import { useEffect, useState } from "react";
import { useBackend } from "../../backend/context";
import type { OutboxItem } from "../../bindings/OutboxItem";

/**
 * The signed-in parent's outbox: read at mount, then as the backend's
 * `outbox` events say (an answer older than an event is dropped). Empty
 * when it can't be read: the screen's own loads say why.
 */
export function useOutbox(): OutboxItem[] {
  const backend = useBackend();
  const [items, setItems] = useState<OutboxItem[]>([]);

  useEffect(() => {
    let current = true;
    let events = 0;
    const stop = backend.onEvent((event) => {
      if (event.kind !== "outbox") return;
      events += 1;
      setItems(event.value);
    });
    backend.outbox().then(
      (answer) => {
        if (current && events === 0) setItems(answer);
      },
      () => undefined,
    );
    return () => {
      current = false;
      stop();
    };
  }, [backend]);

  return items;
}
