import { Button } from "../uswds";
import type { SessionState } from "../bindings/SessionState";
import { useKiosk } from "../kiosk/mode";
import { useText } from "../l10n/useText";
import { useSession } from "./SessionProvider";

function stateText(t: ReturnType<typeof useText>, state: SessionState | null): string {
  if (state === null) return "";
  switch (state.state) {
    case "signed_out":
      return t("session-not-signed-in");
    case "signing_in":
      return t("session-signing-in");
    case "signed_in":
      return t("session-signed-in", { given: state.participant.given_name, family: state.participant.family_name });
  }
}

/**
 * The header's sign-in state and the one button that goes with it. The button
 * stays the same element from state to state, so keyboard focus stays on it
 * (Sign in -> Cancel -> Sign out). A kiosk has no Sign out: "End my visit"
 * signs out and wipes the visit too, and a visitor who only signed out would
 * leave the visit to the next person.
 */
export function SessionControls() {
  const t = useText();
  const session = useSession();
  const kiosk = useKiosk();
  const state = session.state;
  const button =
    state === null || (kiosk && state.state === "signed_in")
      ? null
      : state.state === "signed_out"
        ? { id: "sign-in", label: t("sign-in"), action: session.signIn }
        : state.state === "signing_in"
          ? { id: "cancel-sign-in", label: t("cancel-sign-in"), action: session.cancelSignIn }
          : { id: "sign-out", label: t("sign-out"), action: session.signOut };
  return (
    <>
      <span id="session-state" className="app-toolbar__session" role="status" data-state={state?.state ?? "checking"}>
        {stateText(t, state)}
      </span>
      {button && (
        <Button type="button" unstyled id={button.id} className="app-toolbar__session-action" onClick={button.action}>
          {button.label}
        </Button>
      )}
    </>
  );
}
