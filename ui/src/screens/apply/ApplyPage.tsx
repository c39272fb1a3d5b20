import { Alert, AlertText } from "../../uswds";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ApplicationDraft } from "../../bindings/ApplicationDraft";
import type { IpcError } from "../../bindings/IpcError";
import type { OutboxItem } from "../../bindings/OutboxItem";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useErrorText, useText } from "../../l10n/useText";
import { useSession } from "../../session/SessionProvider";
import { OutboxList } from "../home/OutboxList";
import { ApplicationsList } from "./ApplicationsList";
import { ApplicationWizard } from "./ApplicationWizard";
import { Confirmation } from "./Confirmation";
import { useSubmissions } from "./useSubmissions";

type Draft = { kind: "loading" } | { kind: "ready"; draft: ApplicationDraft | null } | { kind: "failed"; error: IpcError };

/** What the page shows once decided: the form (a key per new application), the news of a submission, or the applications. */
type View =
  | { kind: "form"; draft: ApplicationDraft | null; key: number; focus: boolean }
  | { kind: "sent"; item: OutboxItem }
  | { kind: "landing" };

/**
 * The Apply screen once signed in. With a draft, the form resumes where the
 * parent left off; without one, a parent who has applied before first sees
 * their applications and a button to start a new one, and anyone else the
 * form. After Submit: the news of the submission and the applications.
 * Mount it per signed-in parent.
 */
export function ApplyPage({ focusHeading }: { focusHeading: boolean }) {
  const t = useText();
  const errorText = useErrorText();
  const backend = useBackend();
  const { refresh: refreshSession } = useSession();
  const submissions = useSubmissions();
  const [draft, setDraft] = useState<Draft>({ kind: "loading" });
  const [loads, setLoads] = useState(0);
  const [chosen, setChosen] = useState<View | null>(null);
  const keys = useRef(0);
  const landingButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    backend.applicationDraft().then(
      (answer) => {
        if (current) setDraft({ kind: "ready", draft: answer });
      },
      (thrown: unknown) => {
        if (!current) return;
        const error = toIpcError(thrown);
        if (error.code === "not_signed_in") refreshSession();
        setDraft({ kind: "failed", error });
      },
    );
    return () => {
      current = false;
    };
  }, [backend, loads, refreshSession]);

  // The first view is decided once, from the draft and the applications; a
  // later sync that brings applications never takes the form away.
  let view: View | null = chosen;
  if (view === null && draft.kind === "ready") {
    if (draft.draft) view = { kind: "form", draft: draft.draft, key: 0, focus: focusHeading };
    else if (submissions.loaded) {
      const applied = (submissions.submissions?.applications.length ?? 0) > 0 || submissions.unsent.length > 0;
      view = applied ? { kind: "landing" } : { kind: "form", draft: null, key: 0, focus: focusHeading };
    }
    if (view) setChosen(view);
  }

  useLayoutEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (view?.kind === "landing" && focusHeading && lost) landingButton.current?.focus();
  }, [view?.kind, focusHeading]);

  const startNew = () => {
    keys.current += 1;
    setChosen({ kind: "form", draft: null, key: keys.current, focus: true });
  };

  const retryOutbox = (id: string) => {
    backend.retryOutboxItem(id).catch(() => undefined);
  };

  if (draft.kind === "failed" && chosen === null) {
    return (
      <Alert type="error" id="apply-load-error" className="app-account__alert" role="alert">
        <AlertText>{t("apply-load-failed", { reason: errorText(draft.error) })}</AlertText>
        <button
          type="button"
          className="usa-button usa-button--outline app-apply__load-retry"
          id="apply-load-retry"
          onClick={() => {
            setDraft({ kind: "loading" });
            setLoads((count) => count + 1);
          }}
        >
          {t("apply-load-retry")}
        </button>
      </Alert>
    );
  }

  if (view === null) {
    return (
      <p id="apply-loading" className="app-apply__loading" role="status">
        {t("apply-loading")}
      </p>
    );
  }

  switch (view.kind) {
    case "form":
      return (
        <ApplicationWizard
          key={view.key}
          initial={view.draft}
          focusOnMount={view.focus}
          onSubmitted={(item) => setChosen({ kind: "sent", item })}
          onStartedOver={startNew}
        />
      );
    case "sent":
      return (
        <>
          <Confirmation submitted={view.item} />
          <button type="button" className="usa-button usa-button--outline app-apply__new" id="apply-new" onClick={startNew}>
            {t("apply-new")}
          </button>
          <ApplicationsList state={submissions} />
        </>
      );
    case "landing":
      return (
        <>
          <button type="button" className="usa-button app-apply__new" id="apply-new" ref={landingButton} onClick={startNew}>
            {t("apply-new")}
          </button>
          {submissions.unsent.length > 0 && <OutboxList items={submissions.unsent} onRetry={retryOutbox} />}
          <ApplicationsList state={submissions} />
        </>
      );
  }
}
