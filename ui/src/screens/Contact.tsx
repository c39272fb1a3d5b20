import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import { ContactPage } from "./contact/ContactPage";
import { SignInPrompt } from "./home/SignInPrompt";
import { ScreenLayout } from "./ScreenLayout";

/** Reporting a change of address, phone, email or employer, once signed in. */
function Account() {
  const session = useSession();
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") return <ContactPage key={state.participant.id} />;
  return <SignInPrompt page="contact" prompt="contact-sign-in-prompt" onSignIn={session.signIn} />;
}

export default function Contact() {
  const t = useText();
  return (
    <ScreenLayout screen="contact" title={t("contact-title")}>
      <p className="usa-intro app-intro">{t("contact-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
