import { Alert, AlertText, Button } from "../../uswds";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Backend } from "../../backend/backend";
import { useBackend } from "../../backend/context";
import { toIpcError } from "../../backend/errors";
import { useSyncedRead } from "../../backend/useSyncedRead";
import type { Appointment } from "../../bindings/agency/Appointment";
import type { CaseDetail } from "../../bindings/agency/CaseDetail";
import type { Place } from "../../bindings/agency/Place";
import type { Slot } from "../../bindings/agency/Slot";
import type { IpcError } from "../../bindings/IpcError";
import { useKiosk } from "../../kiosk/mode";
import { useLanguage } from "../../l10n/LanguageProvider";
import { asSentence, formatMoment } from "../../l10n/format";
import { useErrorText, useText } from "../../l10n/useText";
import { StoreDamaged } from "../home/StoreDamaged";
import { SyncStatusLine } from "../home/SyncStatusLine";
import { useAccountData } from "../home/useAccountData";
import { dayKey, formatDay, formatTime, newIdempotencyKey } from "./when";
import { RemindersToggle } from "./RemindersToggle";

const readAppointments = (backend: Backend, caseId: string) => backend.appointments(caseId);

/** A kind's name in the middle of a sentence ("the court hearing on…"). */
function midSentence(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** What a message polite to screen readers says, and whether it is an error. */
type Announcement = { text: string; error: boolean } | null;

function useWhen(): (item: { starts_at: string; ends_at: string }) => string {
  const t = useText();
  const { language } = useLanguage();
  return (item) => t("appointment-when", { day: formatDay(item.starts_at, language), start: formatTime(item.starts_at, language), end: formatTime(item.ends_at, language) });
}

function PlaceLines({ place, id }: { place: Place; id?: string }) {
  const t = useText();
  if (place.kind === "phone") return <p id={id}>{t("appointment-phone")}</p>;
  const lines = [place.name, ...place.address, place.room].filter((line): line is string => Boolean(line?.trim()));
  return (
    <address className="app-appointments__address" id={id}>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </address>
  );
}

function CasePicker({ cases, value, onChange }: { cases: CaseDetail[]; value: string; onChange(id: string): void }) {
  const t = useText();
  return (
    <div className="usa-form-group app-appointments__case-picker">
      <label className="usa-label" htmlFor="appointments-case">
        {t("appointments-case-label")}
      </label>
      <select className="usa-select" id="appointments-case" name="appointments-case" value={value} onChange={(event) => onChange(event.target.value)}>
        {cases.map((detail) => (
          <option key={detail.id} value={detail.id}>
            {t("appointments-case-option", { id: detail.id })}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ItemProps {
  caseId: string;
  appointment: Appointment;
  announce(message: Announcement): void;
  onChanged(): void;
}

/** One appointment or court date: when, where, what to bring, its status, and what the parent can do with it. */
function AppointmentItem({ caseId, appointment, announce, onChanged }: ItemProps) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const kiosk = useKiosk();
  const whenOf = useWhen();
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [saving, setSaving] = useState(false);
  const cancelKey = useRef<string | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const id = appointment.id;
  const kind = t(`appointment-kind-${appointment.kind}`);
  const when = whenOf(appointment);
  const day = formatDay(appointment.starts_at, language);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const saveCalendar = () => {
    if (saving) return;
    setSaving(true);
    announce({ text: t("appointment-calendar-saving"), error: false });
    backend.saveAppointmentIcs(caseId, id, language, `appointment-${appointment.starts_at.slice(0, 10)}.ics`, t("appointment-calendar-dialog-title")).then(
      (path) => {
        setSaving(false);
        announce(path === null ? { text: t("appointment-calendar-cancelled"), error: false } : { text: t("appointment-calendar-saved", { path }), error: false });
      },
      (thrown: unknown) => {
        setSaving(false);
        announce({ text: t("appointment-calendar-failed", { reason: asSentence(errorText(toIpcError(thrown))) }), error: true });
      },
    );
  };

  const cancel = () => {
    if (cancelling) return;
    setCancelling(true);
    // The same key for every try of this cancellation: a retry cancels once.
    cancelKey.current ??= newIdempotencyKey();
    backend.cancelAppointment(caseId, id, cancelKey.current).then(
      () => {
        cancelKey.current = null;
        setCancelling(false);
        setConfirming(false);
        announce({ text: t("appointment-cancelled-done", { when: `${day}, ${formatTime(appointment.starts_at, language)}` }), error: false });
        onChanged();
      },
      (thrown: unknown) => {
        const error = toIpcError(thrown);
        setCancelling(false);
        setConfirming(false);
        const reason = error.reason === "needs_connection" ? t("appointments-needs-connection-cancel") : asSentence(errorText(error));
        announce({ text: t("appointment-cancel-failed", { reason }), error: true });
        if (error.reason !== "needs_connection") cancelKey.current = null;
      },
    );
  };

  const keep = () => {
    setConfirming(false);
    // Back where the parent was.
    requestAnimationFrame(() => cancelButton.current?.focus());
  };

  const cancelled = appointment.status === "cancelled";
  return (
    <li className={`app-appointments__item${cancelled ? " app-appointments__item--cancelled" : ""}`} data-appointment={id} data-status={appointment.status}>
      <h3 className="app-appointments__item-heading" id={`appointment-${id}-heading`}>
        {kind}
        <span className="usa-sr-only">, </span>
        <span className="app-appointments__item-when"> {when}</span>
      </h3>
      <dl className="app-appointments__facts">
        <dt>{t("appointment-status-label")}</dt>
        <dd>
          <span className={`usa-tag app-appointments__status app-appointments__status--${appointment.status}`} id={`appointment-${id}-status`}>
            {t(`appointment-status-${appointment.status}`)}
          </span>
        </dd>
        <dt>{t("appointment-when-label")}</dt>
        <dd id={`appointment-${id}-when`}>{when}</dd>
        <dt>{t("appointment-where-label")}</dt>
        <dd>
          <PlaceLines place={appointment.place} id={`appointment-${id}-where`} />
        </dd>
        {appointment.what_to_bring.length > 0 && (
          <>
            <dt>{t("appointment-bring-label")}</dt>
            <dd>
              <ul className="usa-list app-appointments__bring" id={`appointment-${id}-bring`}>
                {appointment.what_to_bring.map((thing, index) => (
                  <li key={index}>{thing}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {appointment.kind === "hearing" && !cancelled && <p className="app-appointments__note">{t("appointment-hearing-note")}</p>}
      {!cancelled && (
        <div className="app-appointments__actions">
          {kiosk ? (
            <p className="app-appointments__kiosk" id={`appointment-${id}-write-down`}>
              {t("appointment-kiosk-write-down")}
            </p>
          ) : (
            <Button
              type="button"
              outline
              id={`appointment-${id}-calendar`}
              aria-describedby={`appointment-${id}-heading`}
              disabled={saving}
              onClick={saveCalendar}
            >
              {t("appointment-add-to-calendar")}
            </Button>
          )}
          {appointment.cancellable && !confirming && (
            <Button
              type="button"
              secondary
              id={`appointment-${id}-cancel`}
              ref={cancelButton}
              aria-describedby={`appointment-${id}-heading`}
              onClick={() => setConfirming(true)}
            >
              {t("appointment-cancel")}
            </Button>
          )}
        </div>
      )}
      {confirming && (
        <div className="usa-alert usa-alert--warning usa-alert--slim app-appointments__confirm" id={`appointment-${id}-confirm`}>
          <div className="usa-alert__body">
            <p className="usa-alert__text" tabIndex={-1} ref={confirmRef} id={`appointment-${id}-confirm-text`}>
              {t("appointment-cancel-confirm", { kind: midSentence(kind), when })}
            </p>
            <div className="usa-button-group">
              <Button type="button" secondary id={`appointment-${id}-cancel-yes`} disabled={cancelling} onClick={cancel} aria-describedby={`appointment-${id}-confirm-text`}>
                {cancelling ? t("appointment-cancelling") : t("appointment-cancel-yes")}
              </Button>
              <Button type="button" outline id={`appointment-${id}-cancel-no`} disabled={cancelling} onClick={keep}>
                {t("appointment-cancel-no")}
              </Button>
            </div>
          </div>
        </div>
      )}
    </li>
  );
}

/** The open slots, grouped by day, each a button that books it at once. */
function OpenSlots({ caseId, version, announce, onBooked }: { caseId: string; version: number; announce(message: Announcement): void; onBooked(): void }) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const backend = useBackend();
  const whenOf = useWhen();
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [booking, setBooking] = useState<string | null>(null);
  // One key per slot the parent tried: a retry after a lost answer books once.
  const keys = useRef(new Map<string, string>());
  const requests = useRef(0);
  const alive = useRef(true);

  const load = useCallback(() => {
    requests.current += 1;
    const request = requests.current;
    backend.appointmentSlots(caseId).then(
      (answer) => {
        if (!alive.current || request !== requests.current) return;
        setSlots(answer.slots);
        setError(null);
      },
      (thrown: unknown) => {
        if (!alive.current || request !== requests.current) return;
        setError(toIpcError(thrown));
      },
    );
  }, [backend, caseId]);

  // Read again when an appointment was cancelled here: its slot is open again.
  useEffect(() => {
    alive.current = true;
    load();
    return () => {
      alive.current = false;
    };
  }, [load, version]);

  const book = (slot: Slot) => {
    if (booking) return;
    setBooking(slot.id);
    let key = keys.current.get(slot.id);
    if (!key) {
      key = newIdempotencyKey();
      keys.current.set(slot.id, key);
    }
    backend.bookAppointment(caseId, slot.id, key).then(
      (booked) => {
        keys.current.delete(slot.id);
        if (!alive.current) return;
        setBooking(null);
        announce({ text: t("appointments-booked", { kind: midSentence(t(`appointment-kind-${booked.kind}`)), when: whenOf(booked) }), error: false });
        onBooked();
        load();
      },
      (thrown: unknown) => {
        if (!alive.current) return;
        setBooking(null);
        const failure = toIpcError(thrown);
        if (failure.reason === "slot_taken" || failure.reason === "slot_gone") {
          keys.current.delete(slot.id);
          announce({ text: t(failure.reason === "slot_taken" ? "appointments-slot-taken" : "appointments-slot-gone"), error: true });
          load();
        } else if (failure.reason === "needs_connection") {
          announce({ text: t("appointments-needs-connection-book"), error: true });
        } else {
          keys.current.delete(slot.id);
          announce({ text: t("appointments-book-failed", { reason: asSentence(errorText(failure)) }), error: true });
        }
      },
    );
  };

  const days: { key: string; label: string; slots: Slot[] }[] = [];
  for (const slot of slots ?? []) {
    const key = dayKey(slot.starts_at);
    const last = days[days.length - 1];
    if (last?.key === key) last.slots.push(slot);
    else days.push({ key, label: formatDay(slot.starts_at, language), slots: [slot] });
  }

  const placeText = (place: Place) => (place.kind === "phone" ? t("appointment-slot-phone") : [place.name, ...place.address].filter(Boolean).join(", "));

  return (
    <section className="app-appointments__slots" aria-labelledby="appointments-slots-heading" id="appointments-slots">
      <h2 id="appointments-slots-heading">{t("appointments-slots-heading")}</h2>
      {error ? (
        <Alert type="warning" slim id="appointments-slots-error">
          <AlertText>{error.reason === "needs_connection" ? t("appointments-slots-offline") : asSentence(errorText(error))}</AlertText>
        </Alert>
      ) : slots === null ? (
        <p id="appointments-slots-loading" role="status">
          {t("appointments-slots-loading")}
        </p>
      ) : slots.length === 0 ? (
        <p id="appointments-slots-none">{t("appointments-slots-none")}</p>
      ) : (
        <>
          <p id="appointments-slots-intro">{t("appointments-slots-intro")}</p>
          {days.map((day) => (
            <div key={day.key} className="app-appointments__day" data-day={day.key}>
              <h3 className="app-appointments__day-heading">{day.label}</h3>
              <ul className="usa-list usa-list--unstyled app-appointments__slot-list">
                {day.slots.map((slot) => {
                  const kind = t(`appointment-kind-${slot.kind}`);
                  return (
                    <li key={slot.id} className="app-appointments__slot" data-slot={slot.id}>
                      <Button
                        type="button"
                        id={`slot-${slot.id}`}
                        className="app-appointments__slot-button"
                        disabled={booking !== null}
                        aria-label={t("appointment-slot-book-label", {
                          kind: midSentence(kind),
                          day: day.label,
                          time: formatTime(slot.starts_at, language),
                          place: placeText(slot.place),
                        })}
                        onClick={() => book(slot)}
                      >
                        {booking === slot.id ? t("appointments-booking") : formatTime(slot.starts_at, language)}
                      </Button>
                      <span className="app-appointments__slot-what" aria-hidden="true">
                        {kind} · {placeText(slot.place)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </>
      )}
      <Button type="button" unstyled id="appointments-slots-refresh" onClick={load}>
        {t("appointments-slots-refresh")}
      </Button>
    </section>
  );
}

function CaseAppointments({ detail }: { detail: CaseDetail }) {
  const t = useText();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const { value: held, error, reload } = useSyncedRead(readAppointments, detail.id);
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  const [slotsVersion, setSlotsVersion] = useState(0);
  const statusRef = useRef<HTMLDivElement>(null);
  const cancelled = useCallback(() => {
    reload();
    setSlotsVersion((version) => version + 1);
  }, [reload]);

  const announce = useCallback((message: Announcement) => {
    setAnnouncement(message);
    // The button pressed may be gone (a booked slot, a cancelled appointment): focus goes to what happened.
    if (message) requestAnimationFrame(() => statusRef.current?.focus());
  }, []);

  return (
    <section className="app-appointments__case" aria-labelledby="appointments-upcoming-heading" data-case={detail.id}>
      <h2 id="appointments-upcoming-heading">{t("appointments-upcoming-heading", { id: detail.id })}</h2>
      {error && (
        <Alert type="error" slim id="appointments-error" role="alert">
          <AlertText>{t("account-error", { reason: errorText(error) })}</AlertText>
        </Alert>
      )}
      {held?.as_of && (
        <p className="app-appointments__as-of" id="appointments-as-of">
          {t("appointments-as-of", { when: formatMoment(held.as_of, language, { withDate: true }) })}
        </p>
      )}
      <div
        id="appointments-status"
        ref={statusRef}
        tabIndex={-1}
        role={announcement?.error ? "alert" : "status"}
        className={announcement ? `app-appointments__status-message${announcement.error ? " app-appointments__status-message--error" : ""}` : undefined}
      >
        {announcement?.text}
      </div>
      {held !== null && held.as_of === null && <p id="appointments-not-yet">{t("appointments-not-yet")}</p>}
      {held?.as_of && held.appointments.length === 0 && <p id="appointments-none">{t("appointments-none")}</p>}
      {held && held.appointments.length > 0 && (
        <ul className="usa-list usa-list--unstyled app-appointments__list" id="appointments-list">
          {held.appointments.map((appointment) => (
            <AppointmentItem key={appointment.id} caseId={detail.id} appointment={appointment} announce={announce} onChanged={cancelled} />
          ))}
        </ul>
      )}
      <OpenSlots caseId={detail.id} version={slotsVersion} announce={announce} onBooked={reload} />
    </section>
  );
}

/** Appointments and court dates once signed in: the case (a picker when there are several), its list, the open slots, and the reminders. */
export function AppointmentsPage() {
  const t = useText();
  const errorText = useErrorText();
  const account = useAccountData({ outbox: false });
  const [chosen, setChosen] = useState<string | null>(null);
  const { cases, sync } = account;

  if (account.damaged) return <StoreDamaged resetting={account.resetting} onReset={account.resetStore} />;

  const detail = cases?.find((candidate) => candidate.id === chosen) ?? cases?.[0] ?? null;
  return (
    <div className="app-appointments">
      {account.error && (
        <Alert type="error" slim id="account-error" className="app-account__alert" role="alert">
          <AlertText>{t("account-error", { reason: errorText(account.error) })}</AlertText>
        </Alert>
      )}
      {sync && <SyncStatusLine sync={sync} onSyncNow={account.syncNow} />}
      {cases === null && !account.error && (
        <p id="appointments-loading" role="status">
          {t("appointments-loading")}
        </p>
      )}
      {cases !== null && cases.length === 0 && <p id="appointments-no-cases">{t("cases-none")}</p>}
      {cases !== null && cases.length > 1 && detail && <CasePicker cases={cases} value={detail.id} onChange={setChosen} />}
      <RemindersToggle />
      {detail && <CaseAppointments key={detail.id} detail={detail} />}
    </div>
  );
}

