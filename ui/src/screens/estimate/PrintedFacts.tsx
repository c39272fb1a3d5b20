import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import type { Language } from "../../bindings/Language";
import { useText } from "../../l10n/useText";
import { formatDate } from "./dates";
import { inputId, isCount, PARENTS, type Entry, type EstimateForm } from "./form";
import { cleanMoney, formatAmount, localToday } from "./money";

interface PrintedFactsProps {
  form: EstimateForm;
  info: JurisdictionInfo;
  stateName: string;
  language: Language;
}

/** On paper only, where the form is hidden: what the estimate was made from, and when. */
export function PrintedFacts({ form, info, stateName, language }: PrintedFactsProps) {
  const t = useText();
  const entries: Entry[] = ["income", ...info.fields];
  const shown = (entry: Entry, value: string) => (isCount(entry) ? value.trim() : formatAmount(cleanMoney(value)));
  const rows: [string, string][] = [
    [t("estimate-state-label"), stateName],
    [t("estimate-date-label"), formatDate(form.asOf, language)],
    [t("estimate-children-label"), form.children.trim()],
    [t("estimate-facts-custodial"), form.custodial ? t(`estimate-custodial-${form.custodial}`) : ""],
    [t("estimate-facts-period"), t(`estimate-period-${form.period}`)],
  ];
  for (const entry of entries) {
    const values = PARENTS.map((parent) => (form.values[inputId(entry, parent)] ?? "").trim());
    if (values.every((value) => value === "")) continue;
    const legend =
      entry === "income"
        ? t(`estimate-income-${info.income_basis}`)
        : entry === "overnights"
          ? t("estimate-overnights-legend")
          : t(`estimate-field-${entry}`);
    const text = PARENTS.map(
      (parent, index) => `${t(`estimate-parent-${parent}`)}: ${values[index] ? shown(entry, values[index]) : "—"}`,
    ).join("; ");
    rows.push([legend, text]);
  }
  return (
    <div className="app-print-only" id="estimate-printed-facts">
      <p>{t("estimate-printed-on", { date: formatDate(localToday(), language) })}</p>
      <h2>{t("estimate-facts-heading")}</h2>
      <ul className="usa-list">
        {rows.map(([label, value]) => (
          <li key={label}>
            {label}: {value}
          </li>
        ))}
      </ul>
    </div>
  );
}
