import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import { SignInPrompt } from "./home/SignInPrompt";
import "./pay/pay.css";
import { PayPage } from "./pay/PayPage";
import { ScreenLayout } from "./ScreenLayout";

/** How to pay once signed in (it is per case), else the invitation to sign in. */
function Account() {
  const session = useSession();
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") return <PayPage key={state.participant.id} />;
  return <SignInPrompt page="pay" prompt="pay-sign-in-prompt" onSignIn={session.signIn} />;
}

export default function Pay() {
  const t = useText();
  return (
    <ScreenLayout screen="pay" title={t("pay-title")}>
      <p className="usa-intro app-intro">{t("pay-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
