import { useState } from "react";
import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import { SignInPrompt } from "./home/SignInPrompt";
import { PaymentsPage } from "./payments/PaymentsPage";
import { ScreenLayout } from "./ScreenLayout";

/** The parent's payments once signed in, else the invitation to sign in. */
function Account() {
  const session = useSession();
  const [startedHere, setStartedHere] = useState(false);
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") {
    // One parent's data per mount: signing out (or in as someone else) starts afresh.
    return <PaymentsPage key={state.participant.id} focusHeading={startedHere} />;
  }
  const signIn = () => {
    setStartedHere(true);
    session.signIn();
  };
  return <SignInPrompt page="payments" prompt="payments-sign-in-prompt" onSignIn={signIn} />;
}

export default function Payments() {
  const t = useText();
  return (
    <ScreenLayout screen="payments" title={t("payments-title")}>
      <p className="usa-intro app-intro">{t("payments-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
