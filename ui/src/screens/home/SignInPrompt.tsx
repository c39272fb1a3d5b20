import { Button } from "../../uswds";
import { useText } from "../../l10n/useText";
import { useSession } from "../../session/SessionProvider";

interface SignInPromptProps {
  onSignIn(): void;
  /** The page it is on, for its buttons' ids: `home-sign-in`, `payments-cancel-sign-in`… (Home when left out). */
  page?: "home" | "payments" | "apply" | "modify" | "documents" | "pay" | "contact" | "messages" | "appointments";
  /** The invitation: what signing in gives on this page (Home's when left out). */
  prompt?: string;
}

/**
 * Before sign-in: what signing in gives, and the button. While the agency's
 * page is open the same button cancels, so focus stays on it.
 */
export function SignInPrompt({ onSignIn, page = "home", prompt = "home-sign-in-prompt" }: SignInPromptProps) {
  const t = useText();
  const session = useSession();
  const signingIn = session.state?.state === "signing_in";
  return (
    <div id="sign-in-prompt" className="usa-summary-box app-account" data-state={session.state?.state}>
      <div className="usa-summary-box__body">
        <p className="usa-summary-box__text app-account__prompt">{t(signingIn ? "home-signing-in" : prompt)}</p>
        <Button
          type="button"
          id={signingIn ? `${page}-cancel-sign-in` : `${page}-sign-in`}
          outline={signingIn}
          onClick={signingIn ? session.cancelSignIn : onSignIn}
        >
          {t(signingIn ? "cancel-sign-in" : "sign-in")}
        </Button>
      </div>
    </div>
  );
}
