import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from "react";
import type { ApplicationDraft } from "../../bindings/ApplicationDraft";
import type { ApplicationForm } from "../../bindings/ApplicationForm";
import type { FieldIssue } from "../../bindings/FieldIssue";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import { useSession } from "../../session/SessionProvider";
import { FeesStep, SafetyStep, ServicesStep } from "./ChoiceSteps";
import { FieldErrorsContext, type FieldError } from "./fields";
import {
  clampStep,
  emptyForm,
  focusTargetOf,
  inScreenOrder,
  isFieldProblem,
  issuesOfStep,
  normaliseForm,
  problemMap,
  REVIEW_STEP,
  stepOf,
  type Edit,
} from "./form";
import { useIssueText } from "./issueText";
import { ChildrenStep, OrdersStep } from "./ListSteps";
import { AboutYouStep, OtherParentStep } from "./PeopleSteps";
import { ReviewStep } from "./ReviewStep";
import { ErrorSummary, ERROR_SUMMARY_ID, STEP_HEADING_ID, StepIndicator } from "./StepIndicator";
import { useDraftSaver, type SaveState } from "./useDraftSaver";

/** The issues on show: the step's, at Submit those left on earlier steps, and the whole last check. */
interface Shown {
  current: FieldIssue[];
  earlier: FieldIssue[];
  all: FieldIssue[];
  /** Bumped on each failed attempt, so that the alert is new and read out again. */
  attempt: number;
}

interface WizardProps {
  /** The draft to resume, or null for a new application. */
  initial: ApplicationDraft | null;
  /** Put focus on the step heading at once (the button that opened the form is gone). */
  focusOnMount: boolean;
  onSubmitted(item: OutboxItem): void;
  /** The draft was discarded: show a new, empty application. */
  onStartedOver(): void;
}

function SavedStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  let text = "";
  if (state.kind === "saving") text = t("apply-saving");
  if (state.kind === "saved") text = t("apply-saved", { time: formatMoment(state.at, language) });
  if (state.kind === "failed") text = t("apply-save-failed", { reason: errorText(state.error) });
  return (
    <div className={`app-apply__saved${state.kind === "failed" ? " app-apply__saved--failed" : ""}`}>
      <p id="apply-saved" role="status" data-state={state.kind} className="app-apply__saved-text">
        {text}
      </p>
      {state.kind === "failed" && (
        <button type="button" className="usa-button usa-button--outline app-apply__saved-retry" id="apply-save-retry" onClick={onRetry}>
          {t("apply-save-retry")}
        </button>
      )}
    </div>
  );
}

function StepContent({
  step,
  form,
  edit,
  focus,
  announce,
  onChange,
}: {
  step: number;
  form: ApplicationForm;
  edit: Edit;
  focus(id: string): void;
  announce(text: string): void;
  onChange(step: number): void;
}) {
  switch (step) {
    case 0:
      return <AboutYouStep form={form} edit={edit} />;
    case 1:
      return <OtherParentStep form={form} edit={edit} />;
    case 2:
      return <ChildrenStep form={form} edit={edit} focus={focus} announce={announce} />;
    case 3:
      return <OrdersStep form={form} edit={edit} focus={focus} announce={announce} />;
    case 4:
      return <ServicesStep form={form} edit={edit} />;
    case 5:
      return <SafetyStep form={form} edit={edit} />;
    case 6:
      return <FeesStep form={form} />;
    default:
      return <ReviewStep form={form} edit={edit} onChange={onChange} />;
  }
}

/**
 * The application, one step at a time: each Next checks the step's answers
 * with the backend first, Submit checks them all; the draft is saved as the
 * parent types and at every step.
 */
export function ApplicationWizard({ initial, focusOnMount, onSubmitted, onStartedOver }: WizardProps) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const session = useSession();
  const [form, setForm] = useState<ApplicationForm>(() => normaliseForm(initial?.form ?? emptyForm()));
  const [step, setStep] = useState(() => clampStep(initial?.step ?? 0));
  const [shown, setShown] = useState<Shown | null>(null);
  const [alert, setAlert] = useState<{ kind: "check" | "submit"; error: IpcError } | null>(null);
  const [busy, setBusy] = useState<"checking" | "submitting" | null>(null);
  const [returning, setReturning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [startOverError, setStartOverError] = useState<IpcError | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(() =>
    focusOnMount ? { id: STEP_HEADING_ID, n: 0 } : null,
  );
  const saver = useDraftSaver(initial?.saved_at || null);
  const { schedule, saveNow, stop, resume } = saver;
  const mounted = useRef(true);
  const busyRef = useRef(false);
  // The form last scheduled for saving: a change of it (not a re-render) saves.
  const scheduled = useRef(form);
  const stepRef = useRef(step);
  // The newest answers, for a save at a step change that comes after a check (typing may have gone on meanwhile).
  const latest = useRef(form);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (scheduled.current === form) return;
    scheduled.current = form;
    schedule({ form, step: stepRef.current, saved_at: "" });
  }, [form, schedule]);

  useLayoutEffect(() => {
    if (!focusRequest) return;
    const target = document.getElementById(focusRequest.id) ?? document.getElementById(STEP_HEADING_ID);
    target?.focus();
  }, [focusRequest]);

  const focus = useCallback((id: string) => setFocusRequest((previous) => ({ id, n: (previous?.n ?? 0) + 1 })), []);
  const edit: Edit = useCallback(
    (change) =>
      setForm((previous) => {
        const next = change(previous);
        latest.current = next;
        return next;
      }),
    [],
  );

  const issueText = useIssueText(form);
  const shownHere = shown?.current;
  const problems = useMemo(() => problemMap(shownHere ?? []), [shownHere]);
  const errorOf = useCallback(
    (field: string): FieldError | undefined => {
      const problem = problems[field];
      return problem ? { problem, text: issueText({ field, problem }) } : undefined;
    },
    [problems, issueText],
  );

  const goTo = (next: number, focusId: string = STEP_HEADING_ID) => {
    stepRef.current = next;
    setStep(next);
    setConfirming(false);
    if (next === REVIEW_STEP) setReturning(false);
    saveNow({ form: latest.current, step: next, saved_at: "" });
    focus(focusId);
  };

  const showIssues = (current: FieldIssue[], earlier: FieldIssue[], all: FieldIssue[]) => {
    setShown((previous) => ({ current, earlier, all, attempt: (previous?.attempt ?? 0) + 1 }));
    focus(ERROR_SUMMARY_ID);
  };

  /** The backend's check of the whole form; null (and an alert) if it couldn't be asked. */
  const check = async (): Promise<FieldIssue[] | null> => {
    try {
      return await backend.checkApplication(form);
    } catch (thrown) {
      if (mounted.current) {
        setAlert({ kind: "check", error: toIpcError(thrown) });
        focus("apply-alert");
      }
      return null;
    }
  };

  const begin = (kind: "checking" | "submitting") => {
    if (busyRef.current) return false;
    busyRef.current = true;
    setBusy(kind);
    setAlert(null);
    return true;
  };
  const end = () => {
    busyRef.current = false;
    if (mounted.current) setBusy(null);
  };

  /** Moves on to `target` once this step's answers pass the check. */
  const advance = async (target: number) => {
    if (!begin("checking")) return;
    const issues = await check();
    end();
    if (!issues || !mounted.current) return;
    const mine = issuesOfStep(issues, step);
    if (mine.length > 0) {
      showIssues(mine, [], issues);
      return;
    }
    setShown(null);
    goTo(target);
  };

  const submit = async () => {
    if (!begin("checking")) return;
    const issues = await check();
    if (!issues || !mounted.current) {
      end();
      return;
    }
    if (issues.length > 0) {
      end();
      showIssues(issuesOfStep(issues, REVIEW_STEP), inScreenOrder(issues.filter((issue) => stepOf(issue.field) !== REVIEW_STEP)), issues);
      return;
    }
    setBusy("submitting");
    // The backend deletes the draft with the submission: no save may land after it.
    await stop();
    try {
      const item = await backend.submitApplication(form);
      busyRef.current = false;
      onSubmitted(item);
    } catch (thrown) {
      resume();
      end();
      if (!mounted.current) return;
      const error = toIpcError(thrown);
      if (error.code === "not_signed_in") session.refresh();
      if (error.code === "invalid_input" && error.field && error.reason && isFieldProblem(error.reason)) {
        const issue = { field: error.field, problem: error.reason };
        const here = stepOf(issue.field) === REVIEW_STEP;
        showIssues(here ? [issue] : [], here ? [] : [issue], [issue]);
      } else {
        setAlert({ kind: "submit", error });
        focus("apply-alert");
      }
    }
  };

  const goToIssue = (issue: FieldIssue) => {
    if (busyRef.current) return;
    const target = stepOf(issue.field);
    if (target === step) {
      focus(focusTargetOf(issue.field));
      return;
    }
    const all = shown?.all ?? [issue];
    setShown({ current: issuesOfStep(all, target), earlier: [], all, attempt: (shown?.attempt ?? 0) + 1 });
    setReturning(true);
    goTo(target, focusTargetOf(issue.field));
  };

  const back = () => {
    // A check under way moves on from this step when it answers.
    if (busyRef.current) return;
    setShown(null);
    setAlert(null);
    goTo(step - 1);
  };

  const change = (target: number) => {
    if (busyRef.current) return;
    setShown(null);
    setAlert(null);
    goTo(target);
    setReturning(true);
  };

  const onSubmitForm = (event: FormEvent) => {
    event.preventDefault();
    // Enter in a field means Next; on the review only the Submit button sends.
    if (step < REVIEW_STEP) void advance(step + 1);
  };

  const startOver = async () => {
    setStartOverError(null);
    await stop();
    try {
      await backend.discardApplicationDraft();
      onStartedOver();
    } catch (thrown) {
      resume();
      if (mounted.current) setStartOverError(toIpcError(thrown));
    }
  };

  return (
    <div className="app-apply" data-busy={busy ?? undefined}>
      {initial && initial.saved_at !== "" && (
        <div className="usa-alert usa-alert--info usa-alert--slim app-apply__resumed" id="apply-resumed">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("apply-resumed", { time: formatMoment(initial.saved_at, language, { withDate: true }) })}</p>
            {confirming ? (
              <div className="app-apply__confirm" role="group" aria-labelledby="apply-start-over-question">
                <p className="app-apply__confirm-question" id="apply-start-over-question" tabIndex={-1}>
                  {t("apply-start-over-question")}
                </p>
                <p className="app-apply__confirm-text">{t("apply-start-over-text")}</p>
                <div className="usa-button-group">
                  <button type="button" className="usa-button usa-button--secondary" id="apply-start-over-confirm" onClick={() => void startOver()}>
                    {t("apply-start-over-confirm")}
                  </button>
                  <button
                    type="button"
                    className="usa-button usa-button--outline"
                    id="apply-start-over-cancel"
                    onClick={() => {
                      setConfirming(false);
                      focus("apply-start-over");
                    }}
                  >
                    {t("apply-start-over-cancel")}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="usa-button usa-button--outline app-apply__start-over"
                id="apply-start-over"
                onClick={() => {
                  setConfirming(true);
                  focus("apply-start-over-question");
                }}
              >
                {t("apply-start-over")}
              </button>
            )}
            {startOverError && (
              <p className="usa-error-message" id="apply-start-over-error" role="alert">
                {t("apply-start-over-failed", { reason: errorText(startOverError) })}
              </p>
            )}
          </div>
        </div>
      )}

      <form className="app-apply__form" id="apply-form" noValidate onSubmit={onSubmitForm} aria-labelledby={STEP_HEADING_ID}>
        <StepIndicator step={step} />
        {alert && (
          <div className="usa-alert usa-alert--error usa-alert--slim app-apply__alert" id="apply-alert" role="alert" tabIndex={-1}>
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {t(alert.kind === "check" ? "apply-check-failed" : "apply-submit-failed", { reason: errorText(alert.error) })}
              </p>
            </div>
          </div>
        )}
        {shown && shown.current.length + shown.earlier.length > 0 && (
          <ErrorSummary key={shown.attempt} form={form} step={step} current={shown.current} earlier={shown.earlier} onGo={goToIssue} />
        )}
        <FieldErrorsContext.Provider value={errorOf}>
          <div id="apply-step" className="app-apply__step" data-step={step}>
            <StepContent step={step} form={form} edit={edit} focus={focus} announce={setAnnouncement} onChange={change} />
          </div>
        </FieldErrorsContext.Provider>
        <div className="app-apply__nav">
          {step > 0 && (
            <button type="button" className="usa-button usa-button--outline" id="apply-back" onClick={back}>
              {t("apply-back")}
            </button>
          )}
          {step < REVIEW_STEP && (
            <button type="submit" className="usa-button" id="apply-next">
              {t("apply-next")}
            </button>
          )}
          {step < REVIEW_STEP && returning && (
            <button type="button" className="usa-button usa-button--outline" id="apply-return-review" onClick={() => void advance(REVIEW_STEP)}>
              {t("apply-return-review")}
            </button>
          )}
          {step === REVIEW_STEP && (
            <button type="button" className="usa-button" id="apply-submit" disabled={busy === "submitting"} onClick={() => void submit()}>
              {t("apply-submit")}
            </button>
          )}
        </div>
        {busy === "submitting" && (
          <p className="app-apply__submitting" id="apply-submitting" role="status">
            {t("apply-submitting")}
          </p>
        )}
      </form>
      <SavedStatus state={saver.state} onRetry={saver.retry} />
      <div className="usa-sr-only" aria-live="polite" id="apply-announce">
        {announcement}
      </div>
    </div>
  );
}
