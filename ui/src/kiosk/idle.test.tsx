import { act, fireEvent, render, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openKioskVisit } from "../test/kiosk";
import { byId, h1 } from "../test/renderApp";
import { reloadToWelcome } from "./reload";
import { useIdleTimer } from "./useIdleTimer";

vi.mock("./reload", () => ({ reloadToWelcome: vi.fn() }));

function Probe({ onTimeout }: { onTimeout(): void }) {
  const idle = useIdleTimer({ idleSeconds: 30, warningSeconds: 5, onTimeout });
  return <p id="probe" data-left={idle.secondsLeft ?? "none"} />;
}

const left = () => byId("probe").dataset.left;
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe("the idle clock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("warns after the quiet time, counts the warning down by the second, and times out once at 0", () => {
    const onTimeout = vi.fn();
    render(<Probe onTimeout={onTimeout} />);
    wait(24_999);
    expect(left()).toBe("none");
    wait(1);
    expect(left()).toBe("5");
    const seen = [left()];
    for (let second = 0; second < 4; second++) {
      wait(1000);
      seen.push(left());
    }
    expect(seen).toEqual(["5", "4", "3", "2", "1"]);
    expect(onTimeout).not.toHaveBeenCalled();
    wait(1000);
    expect(left()).toBe("0");
    expect(onTimeout).toHaveBeenCalledTimes(1);
    wait(60_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it("starts the quiet time again on any input: a key, a pointer, a touch, the wheel", () => {
    const onTimeout = vi.fn();
    render(<Probe onTimeout={onTimeout} />);
    const inputs = [
      () => fireEvent.keyDown(document.body, { key: "a" }),
      () => fireEvent.pointerDown(document.body),
      () => fireEvent.mouseDown(document.body),
      () => fireEvent.touchStart(document.body),
      () => fireEvent.wheel(document.body),
    ];
    for (const input of inputs) {
      wait(20_000);
      act(input);
      wait(20_000);
      expect(left()).toBe("none");
      wait(5_000);
      expect(left()).toBe("5");
      act(input);
      expect(left()).toBe("none");
    }
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it("counts a pointer that moves, not one that stays where it was", () => {
    const onTimeout = vi.fn();
    render(<Probe onTimeout={onTimeout} />);
    act(() => fireEvent.pointerMove(document.body, { screenX: 10, screenY: 10 }));
    wait(25_000);
    expect(left()).toBe("5");
    // The page changed under a still mouse.
    act(() => fireEvent.pointerMove(document.body, { screenX: 10, screenY: 10 }));
    expect(left()).toBe("5");
    act(() => fireEvent.pointerMove(document.body, { screenX: 40, screenY: 12 }));
    expect(left()).toBe("none");
  });

  it("stops when unmounted", () => {
    const onTimeout = vi.fn();
    const { unmount } = render(<Probe onTimeout={onTimeout} />);
    unmount();
    wait(60_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});

describe("“Are you still there?” in a kiosk visit", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function idleVisit(language: "en" | "es" = "en") {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const app = await openKioskVisit({ kiosk: { idle_timeout_seconds: 30, warning_seconds: 5 }, settings: { language } });
    await waitFor(() => expect(document.activeElement).toBe(h1()));
    return app;
  }

  it("warns after 25 quiet seconds with a 5-second countdown, said once, with focus on “I'm still here”; a key takes it away", async () => {
    const app = await idleVisit();
    wait(24_000);
    expect(document.getElementById("kiosk-idle-warning")).toBeNull();
    wait(1_500);
    const dialog = byId("kiosk-idle-warning");
    expect(dialog.getAttribute("role")).toBe("alertdialog");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(byId(dialog.getAttribute("aria-labelledby") ?? "").textContent).toBe("Are you still there?");
    expect(byId(dialog.getAttribute("aria-describedby") ?? "").textContent).toContain("Touch the screen or press any key to stay.");
    const countdown = byId("kiosk-idle-countdown");
    expect(countdown.getAttribute("role")).toBe("timer");
    expect(countdown.hasAttribute("aria-live")).toBe(false);
    expect([countdown.dataset.seconds, countdown.textContent]).toEqual(["5", "5 seconds left"]);
    expect(document.activeElement).toBe(byId("kiosk-idle-stay"));
    expect(byId("kiosk-idle-stay").textContent).toBe("I'm still here");
    expect(document.querySelector(".kiosk-visit")?.hasAttribute("inert")).toBe(true);
    const announcer = byId("kiosk-announcer");
    const said = "Are you still there? Your visit will end in 5 seconds. Touch the screen or press any key to stay.";
    expect(announcer.textContent).toBe(said);

    wait(1000);
    expect([countdown.dataset.seconds, countdown.textContent]).toEqual(["4", "4 seconds left"]);
    wait(2000);
    expect(countdown.textContent).toBe("2 seconds left");
    // Not said again each second.
    expect(announcer.textContent).toBe(said);

    act(() => fireEvent.keyDown(byId("kiosk-idle-stay"), { key: "Shift" }));
    expect(document.getElementById("kiosk-idle-warning")).toBeNull();
    expect(document.querySelector(".kiosk-visit")?.hasAttribute("inert")).toBe(false);
    expect(document.activeElement).toBe(h1());
    expect(announcer.textContent).toBe("");
    expect(app.backend.calls.some((call) => call.method === "endVisit")).toBe(false);
  });

  it("closes when “I'm still here” is pressed", async () => {
    await idleVisit();
    wait(25_000);
    const stay = byId("kiosk-idle-stay");
    act(() => {
      fireEvent.pointerDown(stay);
      fireEvent.click(stay);
    });
    expect(document.getElementById("kiosk-idle-warning")).toBeNull();
    wait(24_000);
    expect(document.getElementById("kiosk-idle-warning")).toBeNull();
  });

  it("ends the visit when the countdown reaches 0", async () => {
    const app = await idleVisit();
    wait(29_000);
    expect(byId("kiosk-idle-countdown").textContent).toBe("1 second left");
    wait(1_000);
    await waitFor(() => expect(vi.mocked(reloadToWelcome)).toHaveBeenCalled());
    expect(app.backend.calls.filter((call) => call.method === "endVisit")).toHaveLength(1);
  });

  it("is in Spanish too", async () => {
    await idleVisit("es");
    wait(25_000);
    expect(byId("kiosk-idle-heading").textContent).toBe("¿Sigue ahí?");
    expect(byId("kiosk-idle-countdown").textContent).toBe("Quedan 5 segundos");
    expect(byId("kiosk-idle-stay").textContent).toBe("Sigo aquí");
    expect(byId("kiosk-announcer").textContent).toBe(
      "¿Sigue ahí? Su visita terminará en 5 segundos. Toque la pantalla o presione cualquier tecla para seguir.",
    );
    wait(4_000);
    expect(byId("kiosk-idle-countdown").textContent).toBe("Queda 1 segundo");
  });

  it("keeps counting while someone signs in in the agency's window, and counts the sign-in as input", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const app = await openKioskVisit({ kiosk: { idle_timeout_seconds: 30, warning_seconds: 5 }, signIn: "manual" });
    fireEvent.click(byId("sign-in"));
    await waitFor(() => expect(byId("session-state").dataset.state).toBe("signing_in"));
    wait(20_000);
    act(() => app.backend.completeSignIn());
    await waitFor(() => expect(byId("session-state").dataset.state).toBe("signed_in"));
    wait(20_000);
    expect(document.getElementById("kiosk-idle-warning")).toBeNull();
    wait(5_000);
    expect(document.getElementById("kiosk-idle-warning")).not.toBeNull();
  });
});
