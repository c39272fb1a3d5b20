import { useState } from "react";
import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import { SignInPrompt } from "./home/SignInPrompt";
import "./modify/modify.css";
import { ModifyPage } from "./modify/ModifyPage";
import { ScreenLayout } from "./ScreenLayout";

/** The request for a review once signed in, else the invitation to sign in. */
function Account() {
  const session = useSession();
  const [startedHere, setStartedHere] = useState(false);
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") {
    // One parent's cases and requests per mount: signing out (or in as someone else) starts afresh.
    return <ModifyPage key={state.participant.id} focusHeading={startedHere} />;
  }
  const signIn = () => {
    setStartedHere(true);
    session.signIn();
  };
  return <SignInPrompt page="modify" prompt="modify-sign-in-prompt" onSignIn={signIn} />;
}

export default function Modify() {
  const t = useText();
  return (
    <ScreenLayout screen="modify" title={t("modify-title")}>
      <p className="usa-intro app-intro">{t("modify-page-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
