import { useEffect, useRef, useState } from "react";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { Order } from "../../bindings/agency/Order";
import type { IpcError } from "../../bindings/IpcError";
import type { JurisdictionInfo } from "../../bindings/JurisdictionInfo";
import type { ModificationQuestion } from "../../bindings/ModificationQuestion";
import type { OutboxItem } from "../../bindings/OutboxItem";
import type { SyncStatus } from "../../bindings/SyncStatus";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoney } from "../../l10n/format";
import { useErrorText, useText, useTextOr } from "../../l10n/useText";
import { hrefFor } from "../../routing/routes";
import { useSession } from "../../session/SessionProvider";
import { DocumentPicker, type PickerIds } from "../documents/DocumentPicker";
import { useCaseDocuments } from "../documents/useCaseDocuments";
import { useOutbox } from "../documents/useOutbox";
import { isUpload, UploadsList } from "../documents/UploadsList";
import { useUploadProgress } from "../documents/useUploadProgress";
import { buildCase, targetOf, type EstimateForm } from "../estimate/form";
import type { FieldErrors } from "../estimate/inputs";
import { cleanMoney } from "../estimate/money";
import { useLiveEstimate } from "../estimate/useLiveEstimate";
import { isAmount, monthlyOf } from "./amounts";
import { CheckResult, type CheckState } from "./CheckResult";
import { Confirmation } from "./Confirmation";
import { ErrorSummary } from "./ErrorSummary";
import {
  CALCULATOR_IDS,
  EMPTY_REQUEST,
  IDS,
  orderPayer,
  prefilledEstimate,
  REASONS,
  requestProblems,
  type FieldError,
  type Problem,
  type RequestForm,
  type Source,
} from "./form";
import { NewEstimate, type Calculated } from "./NewEstimate";
import { OrderInForce } from "./OrderInForce";
import { RequestsList } from "./RequestsList";
import { useModificationCheck } from "./useModificationCheck";
import type { RequestsState } from "./useModificationRequests";
import { WhatChanged } from "./WhatChanged";

/** The ids of the request's document picker; its list is `#modify-attachments`. */
export const MODIFY_PICKER_IDS: PickerIds = {
  type: "modify-document-type",
  choose: "modify-attach",
  drop: "modify-document-drop",
  accepted: "modify-document-accepted",
  error: "modify-document-error",
};

interface ModifyCaseProps {
  detail: CaseDetail;
  order: Order;
  /** The calculator's list of states, once it has come: the case's state in it, if the calculator knows it. */
  calculator: { kind: "loading" } | { kind: "ready"; info: JurisdictionInfo | undefined };
  sync: SyncStatus | null;
  onSyncNow(): void;
  focusHeading: boolean;
  requests: RequestsState;
}

/**
 * One case's request for a review: the order in force, then the five steps
 * (what changed, the new amount, the state's rules, documents, send), the
 * confirmation once sent, and the requests made on the case. Mount it per
 * case (a `key`), so that another case starts afresh.
 */
export function ModifyCase({ detail, order, calculator, sync, onSyncNow, focusHeading, requests }: ModifyCaseProps) {
  const t = useText();
  const tOr = useTextOr();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const [estimateForm, setEstimateForm] = useState<EstimateForm>(() => prefilledEstimate(detail));
  const [request, setRequest] = useState<RequestForm>(EMPTY_REQUEST);
  const [shown, setShown] = useState<{ attempt: number; problems: Problem[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<IpcError | null>(null);
  const [submitted, setSubmitted] = useState<OutboxItem | null>(null);
  const [knownMonthly, setKnownMonthly] = useState<string | null>(null);
  // The uploads added to this request, by outbox id, in the order added.
  const [attached, setAttached] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const caseDocuments = useCaseDocuments(detail.id);
  const outbox = useOutbox();
  const names = useRef(new Map<string, string>());
  const attachments = attached.flatMap((id) => outbox.filter((item) => item.id === id).filter(isUpload));
  const progress = useUploadProgress((itemId, percent) => {
    const file = names.current.get(itemId);
    if (file !== undefined) setAnnouncement(t("documents-announce-progress", { file, percent }));
  });
  const attempts = useRef(0);
  const mounted = useRef(true);
  const switched = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    for (const item of attachments) names.current.set(item.id, item.upload.file_name);
  });

  const info = calculator.kind === "ready" ? calculator.info : undefined;
  const available = info?.complete === true;
  const source: Source = calculator.kind === "ready" && !available ? "typed" : request.source;
  const askIncomes = detail.jurisdiction === "US-NY";
  const stateName = tOr(`state-${detail.jurisdiction}`, info?.name ?? detail.jurisdiction);

  /** An error from the calculator or the check, in the parent's language. */
  const reasonText = (error: IpcError) =>
    error.code === "invalid_input" && error.reason
      ? tOr(`modify-error-${error.reason}`, tOr(`estimate-error-${error.reason}`, error.message || errorText(error)))
      : errorText(error);

  // 2. The new amount: the calculator's, per month, or the one typed.
  const built = source === "calculator" && available ? buildCase(estimateForm, info, CALCULATOR_IDS) : null;
  const { answer: estimated } = useLiveEstimate(built?.kind === "ready" ? built.input : null);
  const calculatorErrors: FieldErrors = {};
  let calculated: Calculated = { kind: "waiting" };
  if (built?.kind === "invalid") {
    const problem = t(`estimate-error-${built.problem.reason}`);
    calculatorErrors[built.problem.target] = problem;
    calculated = { kind: "fix", problem };
  } else if (built?.kind === "ready" && estimated?.kind === "error") {
    const text = reasonText(estimated.error);
    const target = targetOf(estimated.error.field, info, CALCULATOR_IDS);
    if (target !== null && target !== CALCULATOR_IDS.jurisdiction) {
      calculatorErrors[target] = text;
      calculated = { kind: "fix", problem: text };
    } else {
      calculated = { kind: "refused", problem: asSentence(text) };
    }
  } else if (built?.kind === "ready" && estimated?.kind === "estimate") {
    const estimate = estimated.estimate;
    const monthly = estimate.payer === null ? "0.00" : monthlyOf(estimate.amount, estimate.per);
    if (monthly !== null) calculated = { kind: "estimate", estimate, monthly };
  }
  const typed = cleanMoney(request.typed);
  const newMonthly = source === "typed" ? (typed === "" ? null : typed) : calculated.kind === "estimate" ? calculated.monthly : null;

  // 3. The state's rules, asked once there is a new amount.
  const before = cleanMoney(request.incomeBefore);
  const after = cleanMoney(request.incomeAfter);
  const question: ModificationQuestion | null =
    newMonthly === null
      ? null
      : {
          case_id: detail.id,
          estimated_monthly: newMonthly,
          ...(askIncomes && before !== "" ? { income_before: before } : {}),
          ...(askIncomes && after !== "" ? { income_after: after } : {}),
        };
  const check = useModificationCheck(question);
  const liveErrors: Partial<Record<string, FieldError>> = {};
  let checkState: CheckState = { kind: "waiting" };
  if (question !== null && check.answer === null) {
    checkState = { kind: "checking" };
  } else if (question !== null && check.answer?.kind === "value") {
    checkState = { kind: "answer", answer: check.answer.value };
  } else if (question !== null && check.answer?.kind === "error") {
    const error = check.answer.error;
    const target =
      error.field === "estimated_monthly" && source === "typed"
        ? IDS.estimate
        : error.field === "income_before" && askIncomes
          ? IDS.incomeBefore
          : error.field === "income_after" && askIncomes
            ? IDS.incomeAfter
            : null;
    if (target !== null) liveErrors[target] = { text: reasonText(error), problem: error.reason ?? error.code };
    else checkState = { kind: "failed", text: asSentence(reasonText(error)) };
  }
  // The order per month stays shown once the backend has worked it out.
  const answeredMonthly = checkState.kind === "answer" ? checkState.answer.current_monthly : null;
  if (answeredMonthly !== null && answeredMonthly !== knownMonthly) setKnownMonthly(answeredMonthly);

  // What keeps the request from being sent, as each input and the summary show it.
  const problemText = (problem: Problem) =>
    tOr(`modify-error-${problem.problem}`, tOr(`estimate-error-${problem.problem}`, errorText({ code: "invalid_input", message: "" })));
  const problems = (shown?.problems ?? []).map((problem) => ({ ...problem, text: problemText(problem) }));
  const errors: Partial<Record<string, FieldError>> = { ...liveErrors };
  for (const problem of problems) errors[problem.target] = { text: problem.text, problem: problem.problem };

  /** Once the parent changes an input, its problem is no longer listed. */
  const settle = (target: string) =>
    setShown((previous) =>
      previous?.problems.some((problem) => problem.target === target)
        ? { ...previous, problems: previous.problems.filter((problem) => problem.target !== target) }
        : previous,
    );
  const change = (target: string, next: Partial<RequestForm>) => {
    setRequest((previous) => ({ ...previous, ...next }));
    settle(target);
  };
  const chooseSource = (next: Source) => {
    switched.current = true;
    change(IDS.estimate, { source: next });
  };

  useEffect(() => {
    // After the parent switched between the calculator and typing the amount: on to what they switched to.
    if (!switched.current) return;
    switched.current = false;
    document.getElementById(source === "typed" ? IDS.estimate : CALCULATOR_IDS.children)?.focus();
  }, [source]);

  const goTo = (target: string) => {
    const element =
      target === IDS.reason
        ? (document.querySelector<HTMLInputElement>(`input[name="${IDS.reason}"]:checked`) ?? document.getElementById(`${IDS.reason}-${REASONS[0]}`))
        : document.getElementById(target);
    element?.focus();
  };

  const sentAmount = source === "typed" ? (typed !== "" && isAmount(typed) ? typed : null) : calculated.kind === "estimate" ? calculated.monthly : null;

  const submit = () => {
    if (submitting) return;
    const found = requestProblems(request, { source, askIncomes });
    // A document the agency refused would fail the request: the parent sends it again or removes it first.
    for (const item of attachments) {
      if (item.state.state === "failed") found.push({ target: `modify-attachment-retry-${item.id}`, problem: "attachment_failed" });
    }
    attempts.current += 1;
    if (found.length > 0 || request.reason === "") {
      setShown({ attempt: attempts.current, problems: found });
      return;
    }
    setShown(null);
    setSubmitError(null);
    setSubmitting(true);
    const sentWith = attachments.map((item) => item.id);
    backend
      .submitModificationRequest(
        detail.id,
        { reason: request.reason, details: request.details.trim(), estimated_monthly: sentAmount },
        sentWith.length > 0 ? sentWith : undefined,
      )
      .then(
        (item) => {
          if (!mounted.current) return;
          setSubmitting(false);
          setSubmitted(item);
        },
        (thrown: unknown) => {
          if (!mounted.current) return;
          setSubmitting(false);
          const error = toIpcError(thrown);
          if (error.code === "not_signed_in") refreshSession();
          if (error.code === "invalid_input" && error.field === "attachments") {
            // One of them is gone (cancelled elsewhere): the list shows what is left; the parent sends again.
            setSubmitError(error);
          } else if (error.code === "invalid_input" && error.field === "details") {
            attempts.current += 1;
            setShown({ attempt: attempts.current, problems: [{ target: IDS.details, problem: error.reason ?? "required" }] });
          } else {
            setSubmitError(error);
          }
        },
      );
  };

  return (
    <div className="app-modify__case" data-case-id={detail.id}>
      <OrderInForce detail={detail} order={order} currentMonthly={knownMonthly} sync={sync} onSyncNow={onSyncNow} focusHeading={focusHeading} />
      {submitted ? (
        <Confirmation
          submitted={submitted}
          current={outbox.find((item) => item.id === submitted.id)}
          attachments={attachments}
          progress={progress}
        />
      ) : (
        <>
          {shown && problems.length > 0 && <ErrorSummary key={shown.attempt} problems={problems} onGo={goTo} />}
          <WhatChanged
            reason={request.reason}
            details={request.details}
            onReason={(reason) => change(IDS.reason, { reason })}
            onDetails={(details) => change(IDS.details, { details })}
            errors={errors}
          />
          <NewEstimate
            calculator={calculator}
            stateName={stateName}
            source={source}
            onSource={chooseSource}
            form={estimateForm}
            update={(next) => setEstimateForm((previous) => ({ ...previous, ...next }))}
            setValue={(id, value) => setEstimateForm((previous) => ({ ...previous, values: { ...previous.values, [id]: value } }))}
            calculatorErrors={calculatorErrors}
            calculated={calculated}
            payer={orderPayer(detail)}
            typed={request.typed}
            onTyped={(value) => change(IDS.estimate, { typed: value })}
            incomes={askIncomes ? { before: request.incomeBefore, after: request.incomeAfter } : null}
            onIncome={(which, value) =>
              which === "before" ? change(IDS.incomeBefore, { incomeBefore: value }) : change(IDS.incomeAfter, { incomeAfter: value })
            }
            errors={errors}
          />
          <CheckResult state={checkState} />
          <section className="app-modify__step" id="modify-step-documents" aria-labelledby="modify-step-documents-heading">
            <h2 id="modify-step-documents-heading">{t("modify-step-documents")}</h2>
            <p>{t("modify-documents-text")}</p>
            <DocumentPicker
              caseId={detail.id}
              policy={caseDocuments.documents?.policy ?? null}
              ids={MODIFY_PICKER_IDS}
              initialType="pay_stub"
              chooseLabel={t("modify-attach")}
              onAdded={(items) => {
                setAttached((previous) => [...previous, ...items.map((item) => item.id)]);
                const file = items.map((item) => item.upload?.file_name ?? item.id).join(", ");
                setAnnouncement(t("documents-announce-added", { file }));
              }}
            />
            <h3 id="modify-attachments-heading" className="app-modify__attachments-heading">
              {t("modify-attachments-heading")}
            </h3>
            <UploadsList
              id="modify-attachments"
              labelledBy="modify-attachments-heading"
              items={attachments}
              progress={progress}
              prefix="modify-attachment"
              actions="remove"
              fallbackFocus={MODIFY_PICKER_IDS.choose}
              onAnnounce={setAnnouncement}
              onRetry={(id) => {
                backend.retryOutboxItem(id).catch(() => undefined);
              }}
            />
            {attachments.length === 0 && <p id="modify-attachments-none">{t("modify-attachments-none")}</p>}
            <p className="app-modify__documents-elsewhere">
              {t("modify-documents-elsewhere")}{" "}
              <a className="usa-link" id="modify-documents-link" href={hrefFor("documents")}>
                {t("modify-documents-link")}
              </a>
            </p>
            <div id="modify-attachments-announcer" className="usa-sr-only" aria-live="polite" aria-atomic="true">
              {announcement}
            </div>
          </section>
          <section className="app-modify__step" id="modify-step-send" aria-labelledby="modify-step-send-heading">
            <h2 id="modify-step-send-heading">{t("modify-step-send")}</h2>
            <p>{t("modify-send-text")}</p>
            {sentAmount !== null && (
              <p id="modify-send-amount">{t("modify-send-amount", { amount: formatMoney(sentAmount, language) })}</p>
            )}
            {attachments.length > 0 && <p id="modify-send-documents">{t("modify-send-documents", { count: attachments.length })}</p>}
            {submitError && (
              <div className="usa-alert usa-alert--error usa-alert--slim app-modify__alert" id="modify-submit-error" role="alert">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t("modify-submit-failed", { reason: asSentence(errorText(submitError)) })}</p>
                </div>
              </div>
            )}
            <button type="button" className="usa-button app-modify__submit" id="modify-submit" aria-disabled={submitting || undefined} onClick={submit}>
              {t(submitting ? "modify-submitting" : "modify-submit")}
            </button>
          </section>
        </>
      )}
      <RequestsList
        caseId={detail.id}
        state={requests}
        documentName={(id) => caseDocuments.documents?.documents.find((document) => document.id === id)?.file_name ?? null}
      />
    </div>
  );
}
