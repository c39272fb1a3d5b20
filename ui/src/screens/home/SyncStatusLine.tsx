import { Button } from "../../uswds";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";

/** Whether what is shown may be out of date: the last sync couldn't reach or use the agency. */
export function isStale(sync: SyncStatus | null): boolean {
  return sync?.phase === "offline" || sync?.phase === "failed";
}

function useSyncText(): (sync: SyncStatus) => string {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  return (sync) => {
    const time = sync.as_of === null ? null : formatMoment(sync.as_of, language);
    switch (sync.phase) {
      case "idle":
        return time === null ? t("sync-never") : t("sync-idle", { time });
      case "syncing":
        return sync.total > 0
          ? t("sync-syncing-steps", { step: Math.min(sync.done + 1, sync.total), total: sync.total })
          : t("sync-syncing");
      case "offline":
        return time === null ? t("sync-offline-nothing") : t("sync-offline", { time });
      case "failed": {
        const reason = asSentence(
          sync.error ? errorText(sync.error) : errorText({ code: "agency_error", message: "" }),
        );
        return time === null ? t("sync-failed-nothing", { reason }) : t("sync-failed", { reason, time });
      }
    }
  };
}

/**
 * How fresh the cases are, in a polite live region so that a screen reader
 * hears the sync start and end; "Try again" when the agency couldn't be used.
 */
export function SyncStatusLine({ sync, onSyncNow }: { sync: SyncStatus; onSyncNow(): void }) {
  const t = useText();
  const text = useSyncText();
  return (
    <div className="app-sync">
      <div aria-live="polite" className="app-sync__live">
        <p id="sync-status" className="app-sync__status" data-phase={sync.phase}>
          {text(sync)}
        </p>
      </div>
      {isStale(sync) && (
        <Button type="button" outline id="sync-now" className="app-sync__retry" onClick={onSyncNow}>
          {t("sync-now")}
        </Button>
      )}
    </div>
  );
}
