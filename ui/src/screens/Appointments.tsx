import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import "./appointments/appointments.css";
import { AppointmentsPage } from "./appointments/AppointmentsPage";
import { SignInPrompt } from "./home/SignInPrompt";
import { ScreenLayout } from "./ScreenLayout";

/** Appointments and court dates once signed in (they are per case), else the invitation to sign in. */
function Account() {
  const session = useSession();
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") return <AppointmentsPage key={state.participant.id} />;
  return <SignInPrompt page="appointments" prompt="appointments-sign-in-prompt" onSignIn={session.signIn} />;
}

export default function Appointments() {
  const t = useText();
  return (
    <ScreenLayout screen="appointments" title={t("appointments-title")}>
      <p className="usa-intro app-intro">{t("appointments-intro")}</p>
      <Account />
    </ScreenLayout>
  );
}
