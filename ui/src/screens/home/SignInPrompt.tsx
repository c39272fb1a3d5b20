import { Button } from "@trussworks/react-uswds";
import { useText } from "../../l10n/useText";
import { useSession } from "../../session/SessionProvider";

/**
 * Home before sign-in: what signing in gives, and the button. While the
 * agency's page is open the same button cancels, so focus stays on it.
 */
export function SignInPrompt({ onSignIn }: { onSignIn(): void }) {
  const t = useText();
  const session = useSession();
  const signingIn = session.state?.state === "signing_in";
  return (
    <div id="sign-in-prompt" className="usa-summary-box app-account" data-state={session.state?.state}>
      <div className="usa-summary-box__body">
        <p className="usa-summary-box__text app-account__prompt">
          {t(signingIn ? "home-signing-in" : "home-sign-in-prompt")}
        </p>
        <Button
          type="button"
          id={signingIn ? "home-cancel-sign-in" : "home-sign-in"}
          outline={signingIn}
          onClick={signingIn ? session.cancelSignIn : onSignIn}
        >
          {t(signingIn ? "cancel-sign-in" : "sign-in")}
        </Button>
      </div>
    </div>
  );
}
