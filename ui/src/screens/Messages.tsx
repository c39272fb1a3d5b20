import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import { MessagesPage } from "./messages/MessagesPage";
import { SignInPrompt } from "./home/SignInPrompt";
import { ScreenLayout } from "./ScreenLayout";

/** Secure messages with the agency, once signed in. */
function Account() {
  const session = useSession();
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") return <MessagesPage key={state.participant.id} />;
  return <SignInPrompt page="messages" prompt="messages-sign-in-prompt" onSignIn={session.signIn} />;
}

export default function Messages() {
  const t = useText();
  return (
    <ScreenLayout screen="messages" title={t("messages-title")}>
      <p className="usa-intro app-intro">{t("messages-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
