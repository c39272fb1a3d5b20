import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useBackend } from "../backend/context";
import { useLanguage } from "../l10n/LanguageProvider";
import { formatMoment } from "../l10n/format";
import { useText } from "../l10n/useText";
import { useSession } from "../session/SessionProvider";
import { useKiosk } from "./mode";

/** Set on `<html>` while a receipt is printed: the print stylesheet then prints the receipt and nothing else. */
export const PRINTING_RECEIPT = "kiosk-printing-receipt";

interface ReceiptProps {
  page: "apply" | "modify";
  /** The agency's confirmation number. */
  number: string;
  /** When the agency received it (RFC 3339). */
  at: string;
}

/**
 * On a kiosk that allows printing, "Print a receipt" for a submission the
 * agency received: what it was, its confirmation number, the date, the
 * office and the visitor's first name, and nothing else about them (no SSN,
 * no address, no amounts). The receipt is never on screen: it sits outside
 * the app's root and the print stylesheet shows it alone while printing.
 */
export function KioskReceipt({ page, number, at }: ReceiptProps) {
  const t = useText();
  const kiosk = useKiosk();
  const { language } = useLanguage();
  const session = useSession();

  const backend = useBackend();
  const [printing, setPrinting] = useState<"idle" | "printing" | "printed" | "failed">("idle");

  // The print mode goes with the receipt (the visit may end while it prints).
  useEffect(() => () => document.documentElement.classList.remove(PRINTING_RECEIPT), []);

  if (!kiosk?.printing) return null;
  const firstName = session.state?.state === "signed_in" ? session.state.participant.given_name : null;
  // Printed by the shell on the office's printer, never through a dialog.
  const print = async () => {
    document.documentElement.classList.add(PRINTING_RECEIPT);
    setPrinting("printing");
    try {
      await backend.printReceipt();
      setPrinting("printed");
    } catch {
      setPrinting("failed");
    } finally {
      document.documentElement.classList.remove(PRINTING_RECEIPT);
    }
  };
  const facts: [string, string][] = [
    [t("kiosk-receipt-what"), t(`kiosk-receipt-${page}`)],
    [t("kiosk-receipt-number"), number],
    [t("kiosk-receipt-date"), formatMoment(at, language, { withDate: true })],
    [t("kiosk-receipt-office"), kiosk.office_name],
    ...(firstName ? [[t("kiosk-receipt-name"), firstName] as [string, string]] : []),
  ];

  return (
    <>
      <button
        type="button"
        id="kiosk-print-receipt"
        className="usa-button usa-button--outline kiosk-receipt-button"
        aria-describedby="kiosk-print-receipt-hint"
        onClick={() => void print()}
        disabled={printing === "printing"}
      >
        {t("kiosk-print-receipt")}
      </button>
      <span id="kiosk-print-receipt-hint" className="usa-sr-only">
        {t("kiosk-print-receipt-hint")}
      </span>
      <p id="kiosk-print-status" className="kiosk-print-status" role="status" data-state={printing}>
        {printing === "idle" ? "" : t(`kiosk-receipt-${printing}`)}
      </p>
      {createPortal(
        <section id="kiosk-receipt" className="kiosk-receipt" data-page={page} aria-label={t("kiosk-receipt-title")}>
          <h2 className="kiosk-receipt__title">{t("kiosk-receipt-title")}</h2>
          <dl className="kiosk-receipt__facts">
            {facts.map(([term, value]) => (
              <div key={term} className="kiosk-receipt__fact">
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p>{t("kiosk-receipt-keep")}</p>
        </section>,
        document.body,
      )}
    </>
  );
}
