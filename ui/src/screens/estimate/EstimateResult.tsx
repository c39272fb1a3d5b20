import type { Estimate } from "../../bindings/Estimate";
import type { Language } from "../../bindings/Language";
import { useText } from "../../l10n/useText";
import { Disclosure } from "./Disclosure";
import { formatAmount } from "./money";

/** `2024-01-01` as a date in the parent's language; other text as it came. */
export function formatDate(date: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language === "es" ? "es-US" : "en-US", { dateStyle: "long", timeZone: "UTC" }).format(
    parsed,
  );
}

/** Shown in Spanish above what the calculator writes in English only. */
function EnglishOnly({ language }: { language: Language }) {
  const t = useText();
  if (language === "en") return null;
  return <p className="usa-hint app-english-only">{t("estimate-english-only")}</p>;
}

/** Who pays whom and how much, the rule used, and the notes: the live region's content. */
export function EstimateSummary({ estimate, language }: { estimate: Estimate; language: Language }) {
  const t = useText();
  const amount = formatAmount(estimate.amount);
  const sentence =
    estimate.payer === null
      ? t("estimate-summary-none")
      : t(`estimate-summary-${estimate.payer}-pays`, { amount, per: estimate.per });
  return (
    <>
      <p id="estimate-amount" className="app-amount">
        {amount}
      </p>
      <p id="estimate-summary" className="app-summary">
        {sentence}
      </p>
      <p id="estimate-rules" className="app-rules">
        {t("estimate-rules", {
          citation: estimate.rules.citation,
          effective: formatDate(estimate.rules.effective, language),
        })}
      </p>
      {estimate.notes.length > 0 && (
        <>
          <h3 className="app-notes-heading">{t("estimate-notes-heading")}</h3>
          <EnglishOnly language={language} />
          <ul id="estimate-notes" className="usa-list usa-list--unstyled app-notes" lang="en">
            {estimate.notes.map((note, index) => (
              <li key={index}>
                <div className="usa-alert usa-alert--info usa-alert--slim">
                  <div className="usa-alert__body">
                    <p className="usa-alert__text">{note}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The calculator's worksheet, line by line, in a collapsed accordion (expanded on paper). */
export function Worksheet({ estimate, language }: { estimate: Estimate; language: Language }) {
  const t = useText();
  return (
    <Disclosure id="estimate-worksheet" title={t("estimate-worksheet-title")} className="app-worksheet">
      <EnglishOnly language={language} />
      <table className="usa-table usa-table--compact app-worksheet-table">
        <caption>{t("estimate-worksheet-caption", { citation: estimate.rules.citation })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("estimate-col-line")}</th>
            <th scope="col">{t("estimate-parent-a")}</th>
            <th scope="col">{t("estimate-parent-b")}</th>
            <th scope="col">{t("estimate-col-value")}</th>
            <th scope="col">{t("estimate-col-rule")}</th>
          </tr>
        </thead>
        <tbody lang="en">
          {estimate.worksheet.map((line, index) => (
            <tr key={index}>
              <th scope="row">{line.line}</th>
              <td className="app-figure">{line.a ?? ""}</td>
              <td className="app-figure">{line.b ?? ""}</td>
              <td className="app-figure">{line.value ?? ""}</td>
              <td>{line.citation ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Disclosure>
  );
}
