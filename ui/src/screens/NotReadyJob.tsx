import { Alert, AlertHeading, AlertText } from "@trussworks/react-uswds";
import { useText } from "../l10n/useText";
import type { Job } from "../routing/routes";
import { ScreenLayout } from "./ScreenLayout";

/**
 * A job whose screen is not built yet: what it will do for the parent, and
 * an honest notice that this version can't do it.
 */
export function NotReadyJob({ job }: { job: Job }) {
  const t = useText();
  return (
    <ScreenLayout screen={job} title={t(`${job}-title`)}>
      <p className="usa-intro app-intro">{t(`${job}-intro`)}</p>
      <Alert type="info" className="app-not-ready" id="not-ready">
        <AlertHeading level="h2">{t("not-ready-heading")}</AlertHeading>
        <AlertText>{t("not-ready-text")}</AlertText>
      </Alert>
    </ScreenLayout>
  );
}
