import { useLocalization } from "@fluent/react";
import type { FluentVariable } from "@fluent/bundle";
import { useCallback } from "react";
import type { IpcError } from "../bindings/IpcError";

/** `t(id, vars)`: the translated string for a message id. */
export function useText(): (id: string, vars?: Record<string, FluentVariable>) => string {
  const { l10n } = useLocalization();
  return useCallback((id, vars) => l10n.getString(id, vars ?? null), [l10n]);
}

/** An error as the parent should read it: translated by its code, else its own message. */
export function useErrorText(): (error: IpcError) => string {
  const { l10n } = useLocalization();
  return useCallback(
    (error) => {
      const id = `error-${error.code}`;
      const known = Array.from(l10n.bundles).some((bundle) => bundle.hasMessage(id));
      return known ? l10n.getString(id) : error.message;
    },
    [l10n],
  );
}

/** `t(id, fallback, vars)`: the translated string, or `fallback` when no message has that id. */
export function useTextOr(): (id: string, fallback: string, vars?: Record<string, FluentVariable>) => string {
  const { l10n } = useLocalization();
  return useCallback(
    (id, fallback, vars) => {
      const known = Array.from(l10n.bundles).some((bundle) => bundle.hasMessage(id));
      return known ? l10n.getString(id, vars ?? null) : fallback;
    },
    [l10n],
  );
}
