import { waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Language } from "../../bindings/Language";
import { MOCK_AGENCY_NAME, MOCK_CASES } from "../../backend/mock";
import { earlierToday, signedIn } from "../../test/account";
import { violations } from "../../test/axe";
import { byId } from "../../test/renderApp";
import { openPayments } from "./testing";

const LANGUAGES: Language[] = ["en", "es"];

describe("accessibility of the Payments screen's exports (axe-core)", () => {
  it.each(LANGUAGES)("with a file saved, then one that couldn't be, in %s", async (language) => {
    const { user, backend } = await openPayments({ settings: { language }, session: signedIn(), saved: { cases: MOCK_CASES, as_of: earlierToday() } });
    await waitFor(() => expect(byId("agency-status").textContent).toContain(MOCK_AGENCY_NAME));
    await user.click(byId("payments-export-pdf"));
    await waitFor(() => expect(byId("payments-export-status").textContent).not.toBe(""));
    expect(await violations()).toEqual([]);

    backend.fail("saveCsv", { code: "storage", message: "disk" });
    await user.click(byId("payments-export"));
    await waitFor(() => byId("payments-export-error"));
    expect(await violations()).toEqual([]);
  });
});
