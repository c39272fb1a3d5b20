import { useEffect } from "react";
import { useText } from "../l10n/useText";

/**
 * What Quick exit leaves on screen: a plain, empty notes page that looks like
 * any other app. It says nothing about child support and links nowhere.
 */
export function NeutralScreen() {
  const t = useText();
  const title = t("neutral-title");
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div id="neutral-screen" className="neutral">
      <main className="neutral__main">
        <h1 className="neutral__title">{title}</h1>
        <p className="neutral__empty">{t("neutral-empty")}</p>
      </main>
    </div>
  );
}
