import type { ModificationAnswer } from "../../bindings/ModificationAnswer";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoney, withoutSign } from "../../l10n/format";
import { useText } from "../../l10n/useText";
import { useWorksheetText } from "../estimate/worksheetText";
import { addAmounts } from "../payments/amounts";
import { signOf } from "./amounts";

/** The note every answer ends with; the screen shows it on its own, always. */
const ASK_ANYWAY = "common-mod-may-ask-anyway";
const ASK_ANYWAY_ENGLISH =
  "Whatever this check says, you can ask for a review. The child support agency or the court decides whether your order changes.";

/** Where the check stands: no new amount yet, asked, refused (the text), or answered. */
export type CheckState =
  | { kind: "waiting" }
  | { kind: "checking" }
  | { kind: "failed"; text: string }
  | { kind: "answer"; answer: ModificationAnswer };

function Fact({ id, term, children }: { id: string; term: string; children: string }) {
  return (
    <div className="app-case__fact" id={`${id}-fact`}>
      <dt>{term}</dt>
      <dd id={id}>{children}</dd>
    </div>
  );
}

/** `$37.50 less a month (8.3%)`, `$12.00 more a month (2.6%)`, or the same as the order. */
function useDifferenceText(): (answer: ModificationAnswer) => string {
  const t = useText();
  const { language } = useLanguage();
  return ({ eligibility }) => {
    const sign = signOf(eligibility.difference);
    if (sign === 0) return t("modify-difference-same");
    const amount = formatMoney(withoutSign(eligibility.difference), language);
    const change = t(sign < 0 ? "modify-difference-less" : "modify-difference-more", { amount });
    return eligibility.percent === null ? change : t("modify-difference-percent", { change, percent: eligibility.percent });
  };
}

/**
 * Step 3: the order and the new amount side by side, the difference in
 * words, the state's verdict with its reasons and rule, and always that the
 * parent may ask anyway. Read out politely as it changes.
 */
export function CheckResult({ state }: { state: CheckState }) {
  const t = useText();
  const { language } = useLanguage();
  const text = useWorksheetText(language);
  const differenceText = useDifferenceText();
  const money = (amount: string) => formatMoney(amount, language);
  const anyway = text({ key: ASK_ANYWAY, args: {}, english: ASK_ANYWAY_ENGLISH });
  const answer = state.kind === "answer" ? state.answer : null;
  const eligibility = answer?.eligibility;
  const reasons = eligibility?.reasons.filter((reason) => reason.key !== ASK_ANYWAY) ?? [];
  return (
    <section className="app-modify__step" id="modify-step-check" aria-labelledby="modify-step-check-heading">
      <h2 id="modify-step-check-heading">{t("modify-step-check")}</h2>
      <div id="modify-check" aria-live="polite" data-state={state.kind}>
        {state.kind === "waiting" && <p className="app-waiting">{t("modify-check-waiting")}</p>}
        {state.kind === "checking" && <p className="app-waiting">{t("modify-check-checking")}</p>}
        {state.kind === "failed" && (
          <div className="usa-alert usa-alert--error usa-alert--slim" id="modify-check-error">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t("modify-check-failed", { reason: state.text })}</p>
            </div>
          </div>
        )}
        {answer && eligibility && (
          <>
            <dl className="app-case__facts app-modify__compare">
              <Fact id="modify-check-current" term={t("modify-check-current")}>
                {money(answer.current_monthly)}
              </Fact>
              <Fact id="modify-check-new" term={t("modify-check-new")}>
                {money(addAmounts(answer.current_monthly, eligibility.difference) ?? "")}
              </Fact>
              <Fact id="modify-difference" term={t("modify-check-difference")}>
                {differenceText(answer)}
              </Fact>
            </dl>
            <div className="usa-summary-box app-modify__verdict" id="modify-verdict" data-verdict={eligibility.verdict} role="region" aria-labelledby="modify-verdict-heading">
              <div className="usa-summary-box__body">
                <h3 className="usa-summary-box__heading" id="modify-verdict-heading">
                  {t(`modify-verdict-${eligibility.verdict}`)}
                </h3>
                <div className="usa-summary-box__text">
                  {reasons.length > 0 && (
                    <>
                      <h4 className="app-modify__reasons-heading">{t("modify-reasons-heading")}</h4>
                      <ul id="modify-reasons" className="usa-list">
                        {reasons.map((reason) => {
                          const shown = text({ key: reason.key, args: reason.args, english: reason.text });
                          return (
                            <li key={reason.key} data-key={reason.key} lang={shown.lang}>
                              {shown.text}
                            </li>
                          );
                        })}
                      </ul>
                    </>
                  )}
                  <p id="modify-citation" className="app-rules">
                    {t("modify-citation", { citation: eligibility.citation })}
                  </p>
                </div>
              </div>
            </div>
          </>
        )}
      </div>
      <p id="modify-ask-anyway" className="app-modify__anyway" lang={anyway.lang}>
        {anyway.text}
      </p>
    </section>
  );
}
