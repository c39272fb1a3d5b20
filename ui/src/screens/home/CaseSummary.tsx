import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatDay, formatMoney, isNegative, withoutSign } from "../../l10n/format";
import { useText } from "../../l10n/useText";

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div className="app-case__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One case at a glance: the parent's part in it, the order, arrears, the next payment and the office. */
export function CaseSummary({ detail }: { detail: CaseDetail }) {
  const t = useText();
  const { language } = useLanguage();
  const money = (amount: string) => formatMoney(amount, language);
  const arrears = detail.balances.arrears;
  return (
    <li className="app-case" data-case-id={detail.id} data-role={detail.role}>
      <h3 className="app-case__title">{t("case-title", { id: detail.id })}</h3>
      <p className="app-case__role">{t(`case-role-${detail.role}`)}</p>
      <dl className="app-case__facts">
        <Fact term={t("case-order")}>
          {detail.order
            ? t("case-order-amount", { amount: money(detail.order.amount), frequency: detail.order.frequency })
            : t("case-no-order")}
        </Fact>
        <Fact term={t("case-arrears")}>
          {isNegative(arrears) ? t("case-credit", { amount: money(withoutSign(arrears)) }) : money(arrears)}
        </Fact>
        <Fact term={t("case-next-due")}>
          {detail.next_due
            ? t("case-next-due-value", {
                amount: money(detail.next_due.amount),
                date: formatDay(detail.next_due.date, language),
              })
            : t("case-nothing-due")}
        </Fact>
        {detail.office && <Fact term={t("case-office")}>{detail.office.name}</Fact>}
      </dl>
    </li>
  );
}
