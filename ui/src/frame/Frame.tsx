import { Alert, AlertText, GridContainer } from "../uswds";
import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from "react";
import { loadJobMessages } from "../l10n/bundles";
import { useLanguage } from "../l10n/LanguageProvider";
import { useText, useErrorText } from "../l10n/useText";
import { type Route } from "../routing/routes";
import { useHashRoute } from "../routing/useHashRoute";
import Home from "../screens/Home";
import { SessionNotice } from "../session/SessionNotice";
import { AppFooter } from "./AppFooter";
import { AppHeader } from "./AppHeader";
import { FocusHeadingProvider } from "./pageFocus";
import { useAgencyStatus } from "./useAgencyStatus";
import { useAppVersion } from "./useAppVersion";

/**
 * A job screen, loaded when first visited, with what only the job screens
 * use and the first screen does without: the USWDS packages for forms,
 * tables and the step indicator (`styles/later.ts`) and their message files
 * (`loadJobMessages`). The styles are asked for first, so that their
 * stylesheet comes before the screen's own in the page, as it would have in
 * one stylesheet.
 */
function jobScreen(load: () => Promise<{ default: ComponentType }>): LazyExoticComponent<ComponentType> {
  return lazy(() => {
    const styles = import("../styles/later");
    return Promise.all([styles, loadJobMessages(), load()]).then(([, , screen]) => screen);
  });
}

// Each job grows into a large screen of its own; load each when first visited.
const JOB_SCREENS: Record<Exclude<Route, "home">, LazyExoticComponent<ComponentType>> = {
  estimate: jobScreen(() => import("../screens/Estimate")),
  apply: jobScreen(() => import("../screens/Apply")),
  payments: jobScreen(() => import("../screens/Payments")),
  documents: jobScreen(() => import("../screens/Documents")),
  modify: jobScreen(() => import("../screens/Modify")),
  pay: jobScreen(() => import("../screens/Pay")),
  contact: jobScreen(() => import("../screens/Contact")),
  messages: jobScreen(() => import("../screens/Messages")),
  appointments: jobScreen(() => import("../screens/Appointments")),
};

function Screen({ route }: { route: Route }) {
  if (route === "home") return <Home />;
  const Job = JOB_SCREENS[route];
  return <Job />;
}

/** Tracks the route and whether the parent has navigated since start-up. */
function useNavigation(): { route: Route; navigated: boolean } {
  const route = useHashRoute();
  const [state, setState] = useState({ first: route, navigated: false });
  if (!state.navigated && route !== state.first) {
    setState({ first: state.first, navigated: true });
  }
  return { route, navigated: state.navigated || route !== state.first };
}

/**
 * The app around every page: header, navigation, the page, footer. With
 * `focusFirst` (a kiosk visit that just started) the first page's heading
 * takes focus too, since the Start button that had it is gone.
 */
export function Frame({ onQuickExit, focusFirst = false }: { onQuickExit(): void; focusFirst?: boolean }) {
  const t = useText();
  const errorText = useErrorText();
  const { saveError } = useLanguage();
  const { route, navigated } = useNavigation();
  const agency = useAgencyStatus();
  const version = useAppVersion();
  const [agencyName, setAgencyName] = useState<string | null>(null);
  if (agency?.state === "connected" && agency.agency_name !== agencyName) {
    // Keep the last name the agency gave, so a network blip doesn't retitle the app.
    setAgencyName(agency.agency_name);
  }

  const pageTitle = t("page-title", { page: t(`nav-${route}`) });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  return (
    <div className="app">
      <AppHeader route={route} title={agencyName ?? t("product-name")} onQuickExit={onQuickExit}>
        {saveError && (
          <div className="app-notice" role="alert">
            <GridContainer>
              <Alert type="error" slim>
                <AlertText>{t("language-save-failed", { reason: errorText(saveError) })}</AlertText>
              </Alert>
            </GridContainer>
          </div>
        )}
        <SessionNotice />
      </AppHeader>
      <FocusHeadingProvider focus={navigated || focusFirst}>
        <Suspense fallback={null}>
          <Screen key={route} route={route} />
        </Suspense>
      </FocusHeadingProvider>
      <AppFooter version={version} agency={agency} />
    </div>
  );
}
