import { useLanguage } from "../../l10n/LanguageProvider";
import { formatMoment } from "../../l10n/format";
import { useText } from "../../l10n/useText";

/** One step of a submission's life, as the agency reports it. */
interface Change {
  status: string;
  at: string;
  note: string | null;
}

interface StatusTimelineProps {
  /** Oldest first; the last is where it stands now. */
  timeline: readonly Change[];
  /** The page it is on: classes and messages are `<page>-…` (`apply-status-received`). */
  page: "apply" | "modify";
  /** The list's accessible name. */
  label: string;
}

/**
 * The USWDS process list of a submission's statuses, the current one marked
 * (`aria-current="step"` and a tag), each with when and the agency's note.
 * Shared by Apply's applications and Modify's requests.
 */
export function StatusTimeline({ timeline, page, label }: StatusTimelineProps) {
  const t = useText();
  const { language } = useLanguage();
  const last = timeline.length - 1;
  return (
    <ol className={`usa-process-list app-${page}__timeline`} aria-label={label}>
      {timeline.map((change, index) => {
        const current = index === last;
        return (
          <li
            key={`${change.status}-${change.at}`}
            className={`usa-process-list__item${current ? ` app-${page}__timeline-current` : ""}`}
            aria-current={current ? "step" : undefined}
            data-status={change.status}
          >
            <h4 className="usa-process-list__heading">
              {t(`${page}-status-${change.status}`)}
              {current && (
                <>
                  {" "}
                  <span className={`usa-tag app-${page}__current-tag`}>{t(`${page}-status-current`)}</span>
                </>
              )}
            </h4>
            <p className={`app-${page}__timeline-at`}>
              <time dateTime={change.at}>{formatMoment(change.at, language, { withDate: true })}</time>
            </p>
            {change.note !== null && change.note !== "" && <p className={`app-${page}__timeline-note`}>{change.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
