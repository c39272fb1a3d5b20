import { Alert, AlertHeading, AlertText, Button } from "../../uswds";
import { useText } from "../../l10n/useText";

/** The saved copy can't be read (`store_damaged`): the one way out is a fresh copy from the agency. */
export function StoreDamaged({ resetting, onReset }: { resetting: boolean; onReset(): void }) {
  const t = useText();
  return (
    <Alert type="error" id="store-damaged" className="app-account__alert" role="alert">
      <AlertHeading level="h3">{t("store-damaged-heading")}</AlertHeading>
      <AlertText>{t("store-damaged-text")}</AlertText>
      <Button type="button" id="reset-store" disabled={resetting} onClick={onReset}>
        {t("reset-store")}
      </Button>
    </Alert>
  );
}
