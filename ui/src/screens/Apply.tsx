import { useState } from "react";
import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import "./apply/apply.css";
import { ApplyPage } from "./apply/ApplyPage";
import { SignInPrompt } from "./home/SignInPrompt";
import { ScreenLayout } from "./ScreenLayout";

/** The application once signed in (drafts are saved for the parent), else the invitation to sign in. */
function Account() {
  const session = useSession();
  const [startedHere, setStartedHere] = useState(false);
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") {
    // One parent's application per mount: signing out (or in as someone else) starts afresh.
    return <ApplyPage key={state.participant.id} focusHeading={startedHere} />;
  }
  const signIn = () => {
    setStartedHere(true);
    session.signIn();
  };
  return <SignInPrompt page="apply" prompt="apply-sign-in-prompt" onSignIn={signIn} />;
}

export default function Apply() {
  const t = useText();
  return (
    <ScreenLayout screen="apply" title={t("apply-title")}>
      <p className="usa-intro app-intro">{t("apply-page-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
