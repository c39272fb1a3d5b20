import { describe, expect, it } from "vitest";
import type { Payment } from "../../bindings/agency/Payment";
import { csvField, csvFileName, csvRecord, paymentsCsv } from "./csv";

const PAYMENT: Payment = {
  id: "PAY-000024",
  received_on: "2026-04-15",
  amount: "500.00",
  source: "wage_withholding",
  distribution: { current_support: "450.00", arrears: "50.00", interest: "0.00", fees: "0.00" },
  disbursed_on: "2026-04-17",
};

describe("the payments CSV", () => {
  it("has the header, then one line per payment in order, amounts as decimal strings, CRLF line ends", () => {
    const held: Payment = { ...PAYMENT, id: "PAY-2", received_on: "2026-03-02", amount: "40.00", source: "direct", disbursed_on: null };
    expect(paymentsCsv([PAYMENT, held])).toBe(
      "date_received,amount,source,current_support,arrears,interest,fees,disbursed_on\r\n" +
        "2026-04-15,500.00,wage_withholding,450.00,50.00,0.00,0.00,2026-04-17\r\n" +
        "2026-03-02,40.00,direct,450.00,50.00,0.00,0.00,\r\n",
    );
  });

  it("is only the header without payments", () => {
    expect(paymentsCsv([])).toBe("date_received,amount,source,current_support,arrears,interest,fees,disbursed_on\r\n");
  });

  it("quotes fields with commas, quotes, line breaks or edge spaces, doubling the quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("")).toBe("");
    expect(csvField("1,250.00")).toBe('"1,250.00"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
    expect(csvField(" padded ")).toBe('" padded "');
    expect(csvRecord(["a,b", 'c"d', "e"])).toBe('"a,b","c""d",e');
  });

  it("names the file after the case", () => {
    expect(csvFileName("C-1001")).toBe("payments-C-1001.csv");
    expect(csvFileName("../C 7")).toBe("payments-___C_7.csv");
  });
});
