import type { CaseDetail } from "../bindings/agency/CaseDetail";
import type { HowToPay } from "../bindings/agency/HowToPay";
import type { PaymentOptions } from "../bindings/agency/PaymentOptions";

/** The mock agency's ways to pay, like the demo server's (`crates/agency-server/src/demo.rs`). */
export const MOCK_PAYMENT_OPTIONS: PaymentOptions = {
  mail: { payable_to: "Demo State Disbursement Unit", address: ["Demo State Disbursement Unit", "PO Box 74200", "Lakeview, WI 53707-4200"] },
  online: { name: "Demo County ePay", url: "https://pay.example.org/child-support" },
  text: {
    number: "55501",
    instructions: "Text PAY and your case number to 55501. We text back a link to confirm the amount and pay with a debit card. Message and data rates may apply.",
  },
  cash: [
    { name: "QuickMart, Lake Street", address: ["402 Lake Street", "Lakeview, WI 53700"], hours: "Every day, 6:00 a.m. to 11:00 p.m.", fee: "1.99" },
    {
      name: "Demo County Courthouse Office (cashier)",
      address: ["210 Lake Street, Room 104", "Lakeview, WI 53700"],
      hours: "Monday to Friday, 8:00 a.m. to 4:00 p.m.",
      fee: null,
    },
  ],
};

/** How to pay on a case, as the agency would answer for its saved copy. */
export function mockHowToPay(detail: CaseDetail, options: PaymentOptions): HowToPay {
  return {
    case_number: detail.id,
    caller_pays: detail.role === "noncustodial",
    next_due: structuredClone(detail.next_due),
    arrears: detail.balances.arrears,
    options: structuredClone(options),
  };
}
