import { useRef, useState, type FormEvent } from "react";
import type { IpcError } from "../../bindings/IpcError";
import type { Projection } from "../../bindings/Projection";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMonth, formatMoney } from "../../l10n/format";
import { useErrorText, useText, useTextOr } from "../../l10n/useText";
import { TextField } from "../estimate/inputs";
import { cleanMoney } from "../estimate/money";
import { isPositive } from "./amounts";

type Plan =
  | { kind: "idle" }
  | { kind: "planning" }
  | { kind: "done"; projection: Projection }
  | { kind: "field-error"; text: string }
  | { kind: "failed"; error: IpcError };

/** The backend's name for the amount, in an `invalid_input` error. */
const AMOUNT_FIELD = "monthly_payment";
const INPUT_ID = "payoff-amount";

function useOutcomeText(): (projection: Projection) => string {
  const t = useText();
  const { language } = useLanguage();
  return (projection) => {
    const amount = formatMoney(projection.monthly_payment, language);
    const { outcome } = projection;
    switch (outcome.kind) {
      case "nothing_owed":
        return t("payoff-nothing_owed");
      case "paid_off":
        return t("payoff-paid_off", {
          amount,
          month: formatMonth(outcome.month, language),
          months: outcome.months,
          interest: formatMoney(outcome.interest, language),
        });
      case "never_pays_off":
        return t("payoff-never_pays_off", { amount, interest: formatMoney(outcome.monthly_interest, language) });
      case "beyond_horizon":
        return t("payoff-beyond_horizon", {
          amount,
          years: Math.floor(outcome.months / 12),
          left: formatMoney(outcome.left, language),
        });
    }
  };
}

interface PayoffPlannerProps {
  caseId: string;
  /** The order's monthly arrears payment, if it sets one: filled in. */
  ordered: string | null;
}

/** When the past-due balance would be paid off at a monthly amount the parent chooses. */
export function PayoffPlanner({ caseId, ordered }: PayoffPlannerProps) {
  const t = useText();
  const tOr = useTextOr();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const outcomeText = useOutcomeText();
  const prefill = ordered !== null && isPositive(ordered) ? ordered : null;
  const [amount, setAmount] = useState(prefill ?? "");
  const [plan, setPlan] = useState<Plan>({ kind: "idle" });
  const asked = useRef(0);
  const input = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    asked.current += 1;
    const request = asked.current;
    setPlan({ kind: "planning" });
    backend.payoff(caseId, cleanMoney(amount)).then(
      (projection) => {
        if (asked.current === request) setPlan({ kind: "done", projection });
      },
      (thrown: unknown) => {
        if (asked.current !== request) return;
        const error = toIpcError(thrown);
        if (error.code === "invalid_input" && error.field === AMOUNT_FIELD) {
          const text = error.reason ? tOr(`payoff-error-${error.reason}`, error.message || errorText(error)) : error.message || errorText(error);
          setPlan({ kind: "field-error", text });
          // The error is in the input's description: going back to it reads it out.
          input.current?.querySelector("input")?.focus();
        } else {
          setPlan({ kind: "failed", error });
        }
      },
    );
  };

  const fieldError = plan.kind === "field-error" ? plan.text : undefined;
  return (
    <section id="payoff" className="app-payoff" aria-labelledby="payoff-heading">
      <h2 id="payoff-heading">{t("payoff-heading")}</h2>
      <p>{t("payoff-intro")}</p>
      <form className="app-payoff__form" noValidate onSubmit={submit}>
        <div ref={input}>
          <TextField
            id={INPUT_ID}
            label={t("payoff-amount")}
            hint={prefill ? t("payoff-amount-hint-order", { amount: formatMoney(prefill, language) }) : t("payoff-amount-hint")}
            value={amount}
            onChange={(value) => {
              setAmount(value);
              if (plan.kind === "field-error") setPlan({ kind: "idle" });
            }}
            error={fieldError}
            money
          />
        </div>
        <button type="submit" className="usa-button app-payoff__plan" id="payoff-plan" disabled={plan.kind === "planning"}>
          {t("payoff-plan")}
        </button>
      </form>
      <div id="payoff-result" className="app-payoff__result" aria-live="polite">
        {plan.kind === "done" && (
          <p id="payoff-outcome" className="app-payoff__outcome" data-outcome={plan.projection.outcome.kind}>
            {outcomeText(plan.projection)}
          </p>
        )}
        {plan.kind === "failed" && (
          <div className="usa-alert usa-alert--error usa-alert--slim" id="payoff-error">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{t("payoff-failed", { reason: errorText(plan.error) })}</p>
            </div>
          </div>
        )}
      </div>
      <p className="app-payoff__assumptions">{t("payoff-assumptions")}</p>
    </section>
  );
}
