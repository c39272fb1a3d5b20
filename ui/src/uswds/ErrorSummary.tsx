/**
 * A form's error summary, the one every job screen shows (apply, modify,
 * contact details, messages): USWDS's error alert in GOV.UK's error-summary
 * pattern. It is focusable, so that the screen can move focus to it and a
 * screen reader reads it; its heading names it; each problem is a button
 * that takes the parent to the answer to fix. Its own module, not in
 * `index.tsx`, so that it loads with the job screens, not the first screen.
 */
import { Fragment, forwardRef, useLayoutEffect, useRef, type Ref } from "react";

/** One answer to fix. */
export interface SummaryProblem {
  key: string;
  text: string;
  /** Takes the parent to the answer. */
  onGo(): void;
  /** `data-*` attributes on its button, for tests (`data-field`, …). */
  data?: Record<`data-${string}`, string>;
}

/** Problems under a sentence that says where they are, if any. */
export interface SummaryGroup {
  intro?: string;
  problems: SummaryProblem[];
}

interface ErrorSummaryProps {
  id: string;
  heading: string;
  /** Its heading's level under the screen's own headings. */
  level: 2 | 3;
  groups: SummaryGroup[];
  /** Takes focus when it is mounted: mount it anew (a new `key`) for each attempt. */
  focusOnMount?: boolean;
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { id, heading, level, groups, focusOnMount = false },
  ref,
) {
  const box = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    if (focusOnMount) box.current?.focus();
  }, [focusOnMount]);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div
      className="usa-alert usa-alert--error app-error-summary"
      id={id}
      role="alert"
      tabIndex={-1}
      ref={(node: HTMLDivElement | null) => {
        box.current = node;
        setRef(ref, node);
      }}
      aria-labelledby={`${id}-heading`}
    >
      <div className="usa-alert__body">
        <Heading className="usa-alert__heading" id={`${id}-heading`}>
          {heading}
        </Heading>
        {groups
          .filter((group) => group.problems.length > 0)
          .map((group, index) => (
            <Fragment key={index}>
              {group.intro && <p className="usa-alert__text">{group.intro}</p>}
              <ul className="usa-list app-error-summary__list">
                {group.problems.map((problem) => (
                  <li key={problem.key}>
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled app-error-summary__link"
                      {...problem.data}
                      onClick={problem.onGo}
                    >
                      {problem.text}
                    </button>
                  </li>
                ))}
              </ul>
            </Fragment>
          ))}
      </div>
    </div>
  );
});

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}
