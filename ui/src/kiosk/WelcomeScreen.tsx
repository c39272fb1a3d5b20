import { useEffect } from "react";
import type { KioskSettings } from "../bindings/KioskSettings";
import { useLanguage } from "../l10n/LanguageProvider";
import { useText } from "../l10n/useText";

/**
 * A kiosk between visits: the office, a choice among the languages it
 * offers (each named in itself), and Start. Nothing else of the app is
 * there to reach.
 */
export function WelcomeScreen({ kiosk, onStart }: { kiosk: KioskSettings; onStart(): void }) {
  const t = useText();
  const { language, offered, chooseLanguage } = useLanguage();
  const title = t("kiosk-welcome-page-title", { office: kiosk.office_name });
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="kiosk-page">
      <main id="main-content" tabIndex={-1} className="kiosk-page__main">
        <div id="kiosk-welcome" className="kiosk-welcome" data-office-id={kiosk.office_id}>
          <p id="kiosk-office" className="kiosk-welcome__office">
            {kiosk.office_name}
          </p>
          <h1 className="kiosk-welcome__title">{t("kiosk-welcome-title")}</h1>
          <p className="usa-intro">{t("kiosk-welcome-intro")}</p>
          {offered.length > 1 && (
            <div className="kiosk-welcome__languages" role="group" aria-labelledby="kiosk-language-label">
              <p id="kiosk-language-label" className="kiosk-welcome__language-label">
                {t("kiosk-language-label")}
              </p>
              <ul className="usa-button-group">
                {offered.map((code) => (
                  <li key={code} className="usa-button-group__item">
                    <button
                      type="button"
                      id={`kiosk-language-${code}`}
                      lang={code}
                      className={`usa-button usa-button--big${code === language ? "" : " usa-button--outline"}`}
                      aria-pressed={code === language}
                      onClick={() => chooseLanguage(code)}
                    >
                      {t(`kiosk-language-${code}`)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="button" id="kiosk-start" className="usa-button usa-button--big kiosk-welcome__start" onClick={onStart}>
            {t("kiosk-start")}
          </button>
          <p className="kiosk-welcome__privacy">{t("kiosk-welcome-privacy")}</p>
        </div>
      </main>
    </div>
  );
}
