import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { byId, h1, renderApp } from "../test/renderApp";

const PAGES = [
  { href: "#/estimate", link: "Estimate", heading: "Estimate child support" },
  { href: "#/apply", link: "Apply", heading: "Apply for child support services" },
  { href: "#/payments", link: "Payments", heading: "Your payments" },
  { href: "#/pay", link: "How to pay", heading: "How to pay" },
  { href: "#/documents", link: "Documents", heading: "Your documents" },
  { href: "#/modify", link: "Modify", heading: "Ask to change a support order" },
  { href: "#/contact", link: "Your details", heading: "Update your details" },
  { href: "#/messages", link: "Messages", heading: "Messages with the agency" },
  { href: "#/appointments", link: "Appointments", heading: "Appointments and court dates" },
  { href: "#/", link: "Home", heading: "Your child support, in one place" },
];

function navLink(name: string): HTMLElement {
  return within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name });
}

describe("navigation", () => {
  it.each(PAGES)("reaches $link from the navigation and focuses its heading", async ({ href, link, heading }) => {
    window.history.replaceState(null, "", href === "#/" ? "#/payments" : "#/");
    const { user } = await renderApp();

    await user.click(navLink(link));

    await waitFor(() => expect(h1().textContent).toBe(heading));
    expect(window.location.hash).toBe(href);
    expect(document.activeElement).toBe(h1());
    expect(navLink(link).getAttribute("aria-current")).toBe("page");
    expect(document.title).toBe(`${link} · Child Support Self-Service`);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("main").id).toBe("main-content");
    expect(screen.getByRole("main").dataset.screen).toBe(href === "#/" ? "home" : href.slice(2));
  });

  it("opens on the page the hash names, without stealing focus", async () => {
    window.history.replaceState(null, "", "#/documents");
    await renderApp();
    expect(h1().textContent).toBe("Your documents");
    expect(document.activeElement).toBe(document.body);
  });

  it("reaches every page by keyboard alone", async () => {
    const { user } = await renderApp();
    for (const { link, heading } of PAGES) {
      const target = navLink(link);
      // Tab from wherever focus is until the link has it, as a keyboard user would.
      for (let presses = 0; document.activeElement !== target; presses++) {
        expect(presses, `Tab never reached ${link}`).toBeLessThan(30);
        await user.tab();
      }
      await user.keyboard("{Enter}");
      await waitFor(() => expect(h1().textContent).toBe(heading));
      expect(document.activeElement).toBe(h1());
    }
  });

  it("reaches the jobs from the cards on the home page", async () => {
    const { user } = await renderApp();
    await user.click(within(screen.getByRole("main")).getByRole("link", { name: "Go to Modify" }));
    await waitFor(() => expect(h1().textContent).toBe("Ask to change a support order"));
  });

  it("skips to the main content without changing the page", async () => {
    window.history.replaceState(null, "", "#/apply");
    const { user } = await renderApp();
    await user.tab();
    expect(document.activeElement?.textContent).toBe("Skip to main content");
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(byId("main-content"));
    expect(window.location.hash).toBe("#/apply");
    expect(h1().textContent).toBe("Apply for child support services");
  });

  it("puts Quick exit right after the skip link in the Tab order", async () => {
    const { user } = await renderApp();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(byId("quick-exit"));
  });

  it("sends unknown pages home", async () => {
    window.history.replaceState(null, "", "#/nowhere");
    await renderApp();
    expect(h1().textContent).toBe("Your child support, in one place");
  });
});
