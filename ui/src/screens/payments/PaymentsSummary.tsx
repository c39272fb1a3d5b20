import { useEffect, useRef } from "react";
import type { PaymentsView } from "../../bindings/PaymentsView";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { summaryFacts } from "./summary";

function Fact({ id, term, children }: { id: string; term: string; children: string }) {
  return (
    <div className="app-case__fact" id={id}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface PaymentsSummaryProps {
  view: PaymentsView;
  sync: SyncStatus | null;
  onSyncNow(): void;
  /** Take focus on the heading when it first shows and nothing else has focus (after a sign-in from this page). */
  focusHeading: boolean;
}

/**
 * The case at a glance, in the parent's part in it: what is owed, the next
 * payment, current support, arrears and the last payment, from the agency's
 * figures, and how fresh they are.
 */
export function PaymentsSummary({ view, sync, onSyncNow, focusHeading }: PaymentsSummaryProps) {
  const t = useText();
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = view.case;
  const { role, balances } = detail;

  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusHeading && lost) heading.current?.focus();
  }, [focusHeading]);

  return (
    <section id="payments-summary" className="usa-summary-box app-payments-summary" aria-labelledby="payments-summary-heading" data-role={role}>
      <div className="usa-summary-box__body">
        <h2 id="payments-summary-heading" ref={heading} tabIndex={-1} className="usa-summary-box__heading app-account__heading">
          {t("case-title", { id: detail.id })}
        </h2>
        <p className="app-case__role">{t(`case-role-${role}`)}</p>
        <dl className="app-case__facts">
          {summaryFacts(view, language, t).map((fact) => (
            <Fact key={fact.id} id={fact.id} term={fact.term}>
              {fact.value}
            </Fact>
          ))}
        </dl>
        <p id="payments-as-of" className="app-payments-summary__as-of">
          {t("payments-as-of", { date: formatDay(balances.as_of, language) })}
        </p>
        {sync && <SyncStatusLine sync={sync} onSyncNow={onSyncNow} />}
      </div>
    </section>
  );
}
