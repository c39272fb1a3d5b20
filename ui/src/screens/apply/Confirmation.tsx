import type { OutboxItem } from "../../bindings/OutboxItem";
import { useText } from "../../l10n/useText";
import { SubmissionConfirmation } from "../submission/SubmissionConfirmation";

/** Where the application stands, until the agency has it and its number; then what happens next. */
export function Confirmation({ submitted }: { submitted: OutboxItem }) {
  const t = useText();
  return (
    <SubmissionConfirmation submitted={submitted} page="apply" numberId="apply-application-number">
      <div className="app-apply__next-steps">
        <h3>{t("apply-confirm-next-heading")}</h3>
        <ul className="usa-list">
          <li>{t("apply-confirm-next-review")}</li>
          <li>{t("apply-confirm-next-fee")}</li>
          <li>{t("apply-confirm-next-status")}</li>
        </ul>
      </div>
    </SubmissionConfirmation>
  );
}
