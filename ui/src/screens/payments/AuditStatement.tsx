import type { ReactNode } from "react";
import type { LikelyCause } from "../../bindings/LikelyCause";
import type { PaymentsView } from "../../bindings/PaymentsView";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMonth, formatMoney, isNegative, withoutSign } from "../../l10n/format";
import { useText } from "../../l10n/useText";

type Verdict = "matches" | "differs" | "not_covered" | "error" | "none";

function causeText(t: ReturnType<typeof useText>, cause: LikelyCause, day: (date: string) => string): string {
  switch (cause.kind) {
    case "payment_missing":
    case "payment_counted_twice":
      return t(`payments-cause-${cause.kind}`, { date: day(cause.received) });
    case "installment":
      return t("payments-cause-installment", { date: day(cause.due) });
    case "interest":
      return t("payments-cause-interest");
  }
}

/**
 * The app's own working of the account against the agency's balance, in
 * plain words: they agree, or by how much they differ and since when (with
 * what may explain it and whom to ask), or why there is nothing to compare.
 */
export function AuditStatement({ view }: { view: PaymentsView }) {
  const t = useText();
  const { language } = useLanguage();
  const money = (amount: string) => formatMoney(amount, language);
  const day = (date: string) => formatDay(date, language);
  const { audit, ledger_error: ledgerError } = view;
  const office = view.case.office;

  let verdict: Verdict;
  let body: ReactNode;
  if (ledgerError) {
    verdict = "error";
    body = (
      <p className="app-audit__text">
        {t("payments-audit-error")}{" "}
        {/* The backend's own explanation, in English. */}
        <span lang="en">{ledgerError.message}</span>
      </p>
    );
  } else if (!audit) {
    verdict = "none";
    body = <p className="app-audit__text">{t("payments-audit-no-order")}</p>;
  } else if (audit.verdict === "matches") {
    verdict = "matches";
    const agency = audit.rows.at(-1)?.agency ?? "0.00";
    body = (
      <p className="app-audit__text">
        {isNegative(agency)
          ? t("payments-audit-matches-credit", { amount: money(withoutSign(agency)) })
          : t("payments-audit-matches", { amount: money(agency) })}
      </p>
    );
  } else if (audit.verdict === "differs") {
    verdict = "differs";
    const first = audit.first_difference ?? audit.rows.find((row) => !/^-?0+(\.0+)?$/.test(row.difference));
    body = (
      <>
        {first && (
          <p className="app-audit__text">
            {t("payments-audit-differs", {
              ours: money(first.ours),
              agency: money(first.agency),
              difference: money(withoutSign(first.difference)),
              month: formatMonth(first.month, language),
            })}
          </p>
        )}
        {audit.likely_causes.length > 0 && (
          <>
            <p className="app-audit__causes-lead">{t("payments-audit-causes")}</p>
            <ul className="usa-list app-audit__causes">
              {audit.likely_causes.map((cause, index) => (
                <li key={index} data-cause={cause.kind}>
                  {causeText(t, cause, day)}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="app-audit__explain">
          {t("payments-audit-explain")}{" "}
          {office ? t("payments-audit-ask-office", { office: office.name, phone: office.phone }) : t("payments-audit-ask")}
        </p>
      </>
    );
  } else {
    verdict = "not_covered";
    body = <p className="app-audit__text">{t("payments-audit-not_covered")}</p>;
  }

  return (
    <section id="payments-audit" className={`app-audit app-audit--${verdict}`} aria-labelledby="payments-audit-heading" data-verdict={verdict}>
      <h2 id="payments-audit-heading">{t("payments-audit-heading")}</h2>
      {body}
    </section>
  );
}
