import { useEffect, useState } from "react";
import { useBackend } from "../backend/context";

/** The app's version from the shell, or null until (or unless) it answers. */
export function useAppVersion(): string | null {
  const backend = useBackend();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    backend.appInfo().then(
      (info) => {
        if (current) setVersion(info.version);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [backend]);
  return version;
}
