import { Alert, AlertText } from "../uswds";
import type { AgencyConnection } from "../bindings/AgencyConnection";
import { useText } from "../l10n/useText";

interface AppFooterProps {
  version: string | null;
  agency: AgencyConnection | null;
}

function AgencyState({ agency }: { agency: AgencyConnection | null }) {
  const t = useText();
  if (agency === null) {
    return <p className="app-footer__agency">{t("agency-checking")}</p>;
  }
  if (agency.state === "connected") {
    return <p className="app-footer__agency">{t("agency-connected", { agency: agency.agency_name })}</p>;
  }
  // The URL and the technical reason stay out of sight: the parent can't act on them.
  return (
    <Alert type="warning" slim className="app-footer__alert">
      <AlertText>{t("agency-unreachable")}</AlertText>
    </Alert>
  );
}

export function AppFooter({ version, agency }: AppFooterProps) {
  const t = useText();
  return (
    <footer className="usa-footer usa-footer--slim app-footer" aria-label={t("footer-label")}>
      <div className="usa-footer__secondary-section">
        <div className="grid-container app-footer__inner">
          <div id="agency-status" role="status" data-state={agency?.state ?? "checking"}>
            <AgencyState agency={agency} />
          </div>
          <p id="app-version" className="app-footer__version">
            {version === null ? "" : t("footer-version", { version })}
          </p>
        </div>
      </div>
    </footer>
  );
}
