import { useState, type ReactNode } from "react";

interface DisclosureProps {
  /** The id of the accordion; its content is `${id}-content`. */
  id: string;
  title: string;
  /** Open whatever the parent chose, e.g. to show an error inside. */
  forceOpen?: boolean;
  className?: string;
  /** The level of the heading around the button (2 when left out). */
  level?: 2 | 3 | 4;
  children: ReactNode;
}

/**
 * A USWDS accordion with one section, collapsed at first. The button is a
 * real `<button>`, so Enter and Space open and close it.
 */
export function Disclosure({ id, title, forceOpen = false, className, level = 2, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const expanded = open || forceOpen;
  const Heading = `h${level}` as const;
  return (
    <div id={id} className={`usa-accordion usa-accordion--bordered app-disclosure${className ? ` ${className}` : ""}`}>
      <Heading className="usa-accordion__heading">
        <button
          type="button"
          className="usa-accordion__button"
          aria-expanded={expanded}
          aria-controls={`${id}-content`}
          onClick={() => setOpen(!expanded)}
        >
          {title}
        </button>
      </Heading>
      <div id={`${id}-content`} className="usa-accordion__content" hidden={!expanded}>
        {children}
      </div>
    </div>
  );
}
