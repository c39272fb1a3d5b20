import { useState } from "react";
import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import "./documents/documents.css";
import { DocumentsPage } from "./documents/DocumentsPage";
import { SignInPrompt } from "./home/SignInPrompt";
import { ScreenLayout } from "./ScreenLayout";

/** The parent's documents once signed in, else the invitation to sign in. */
function Account() {
  const session = useSession();
  const [startedHere, setStartedHere] = useState(false);
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") {
    // One parent's documents per mount: signing out (or in as someone else) starts afresh.
    return <DocumentsPage key={state.participant.id} focusHeading={startedHere} />;
  }
  const signIn = () => {
    setStartedHere(true);
    session.signIn();
  };
  return <SignInPrompt page="documents" prompt="documents-sign-in-prompt" onSignIn={signIn} />;
}

export default function Documents() {
  const t = useText();
  return (
    <ScreenLayout screen="documents" title={t("documents-title")}>
      <p className="usa-intro app-intro">{t("documents-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
