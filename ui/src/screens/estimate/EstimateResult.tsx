import type { Estimate } from "../../bindings/Estimate";
import type { Language } from "../../bindings/Language";
import { useText } from "../../l10n/useText";
import { formatDate } from "./dates";
import { Disclosure } from "./Disclosure";
import { formatAmount } from "./money";
import { useWorksheetText } from "./worksheetText";

/** Who pays whom and how much, the rule used, and the notes: the live region's content. */
export function EstimateSummary({ estimate, language }: { estimate: Estimate; language: Language }) {
  const t = useText();
  const text = useWorksheetText(language);
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
          <ul id="estimate-notes" className="usa-list usa-list--unstyled app-notes">
            {estimate.notes.map((note, index) => {
              const shown = text({ key: note.key, args: note.args, english: note.text });
              return (
              <li key={index}>
                <div className="usa-alert usa-alert--info usa-alert--slim">
                  <div className="usa-alert__body">
                    <p className="usa-alert__text" lang={shown.lang}>
                      {shown.text}
                    </p>
                  </div>
                </div>
              </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** The calculator's worksheet, line by line, in a collapsed accordion (expanded on paper). */
export function Worksheet({ estimate, language }: { estimate: Estimate; language: Language }) {
  const t = useText();
  const text = useWorksheetText(language);
  /** A figure that names a parent (`parent b`, with the `parent` argument) is shown as the column heading names them. */
  const value = (line: Estimate["worksheet"][number]) => {
    const parent = line.args.parent;
    if ((parent === "a" || parent === "b") && line.value === `parent ${parent}`) return t(`estimate-parent-${parent}`);
    return line.value ?? "";
  };
  return (
    <Disclosure id="estimate-worksheet" title={t("estimate-worksheet-title")} className="app-worksheet">
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
        <tbody>
          {estimate.worksheet.map((line, index) => {
            const shown = text({ key: line.key, args: line.args, english: line.line });
            return (
            <tr key={index}>
              <th scope="row" lang={shown.lang}>
                {shown.text}
              </th>
              <td className="app-figure">{line.a ?? ""}</td>
              <td className="app-figure">{line.b ?? ""}</td>
              <td className="app-figure">{value(line)}</td>
              <td>{line.citation ?? ""}</td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </Disclosure>
  );
}
