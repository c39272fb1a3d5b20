import { Alert, AlertText } from "../../uswds";
import { useEffect, useRef } from "react";
import { useKiosk } from "../../kiosk/mode";
import { useErrorText, useText } from "../../l10n/useText";
import { CaseSummary } from "./CaseSummary";
import { OutboxList } from "./OutboxList";
import { StoreDamaged } from "./StoreDamaged";
import { isStale, SyncStatusLine } from "./SyncStatusLine";
import { useAccountData } from "./useAccountData";

interface AccountOverviewProps {
  /** Whether the sign-in outlives the app (if not, Home says so). */
  remembered: boolean;
  /** Take focus on the heading (after a sign-in started from Home, whose button is gone). */
  focusHeading: boolean;
}

/** Home once signed in: the cases, how fresh they are, and the outbox. */
export function AccountOverview({ remembered, focusHeading }: AccountOverviewProps) {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData();
  const kiosk = useKiosk();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusHeading && lost) heading.current?.focus();
  }, [focusHeading]);

  const { cases, sync } = account;
  return (
    <>
      <section
        id="case-overview"
        className="app-account"
        aria-labelledby="case-overview-heading"
        data-stale={isStale(sync) ? "true" : "false"}
      >
        <h2 id="case-overview-heading" ref={heading} tabIndex={-1} className="app-account__heading">
          {t("cases-heading")}
        </h2>
        {!remembered && (
          <p id="session-not-remembered" className="app-account__note">
            {t(kiosk ? "kiosk-session-not-remembered" : "session-not-remembered")}
          </p>
        )}
        {account.damaged ? (
          <StoreDamaged resetting={account.resetting} onReset={account.resetStore} />
        ) : (
          sync && <SyncStatusLine sync={sync} onSyncNow={account.syncNow} />
        )}
        {account.error && (
          <Alert type="error" slim id="account-error" className="app-account__alert" role="alert">
            <AlertText>{t("account-error", { reason: errorText(account.error) })}</AlertText>
          </Alert>
        )}
        {!account.damaged &&
          cases !== null &&
          (cases.length === 0 ? (
            <p id="no-cases">{t("cases-none")}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled app-cases">
              {cases.map((detail) => (
                <CaseSummary key={detail.id} detail={detail} />
              ))}
            </ul>
          ))}
      </section>
      {account.outbox.length > 0 && <OutboxList items={account.outbox} onRetry={account.retry} />}
    </>
  );
}
