import { Alert, AlertText, GridContainer } from "../uswds";
import { useErrorText, useText } from "../l10n/useText";
import { useSession } from "./SessionProvider";

/**
 * What became of the last sign-in or sign-out when it didn't work. A
 * cancelled sign-in is the parent's own choice: a quiet note, not an error.
 */
export function SessionNotice() {
  const t = useText();
  const errorText = useErrorText();
  const { notice } = useSession();
  if (!notice) return null;
  const cancelled = notice.action === "sign-in" && notice.error.code === "sign_in_cancelled";
  const text = cancelled
    ? t("sign-in-cancelled")
    : t(notice.action === "sign-in" ? "sign-in-failed" : "sign-out-failed", { reason: errorText(notice.error) });
  return (
    <div className="app-notice" role={cancelled ? "status" : "alert"}>
      <GridContainer>
        <Alert
          type={cancelled ? "info" : "error"}
          slim
          id="session-notice"
          data-action={notice.action}
          data-code={notice.error.code}
        >
          <AlertText>{text}</AlertText>
        </Alert>
      </GridContainer>
    </div>
  );
}
