/**
 * The few USWDS components the app uses, as thin wrappers that put the
 * design system's class names on plain elements.
 *
 * They replace `@trussworks/react-uswds`, whose single pre-bundled module
 * cannot be tree-shaken: importing `Alert` and `Button` from it shipped all
 * of its components (about 100 kB gzipped, a third of the UI) and
 * `focus-trap-react` with them. The markup and class names are the same as
 * that library's, so USWDS's CSS and the app's styles apply unchanged.
 *
 * The UI runs on Preact (`preact/compat`), which gives a function component a
 * `ref` only through `forwardRef`: the wrappers that take one use it, and the
 * others' props leave `ref` out, so that passing one is a type error rather
 * than a ref that silently stays empty.
 */
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";

/** Joins the class names that are set. */
function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

type AlertProps = ComponentPropsWithoutRef<"div"> & {
  type: "success" | "warning" | "error" | "info" | "emergency";
  slim?: boolean;
  noIcon?: boolean;
  validation?: boolean;
};

/** https://designsystem.digital.gov/components/alert/ */
export function Alert({ type, slim, noIcon, validation, className, children, ...rest }: AlertProps) {
  return (
    <div
      className={classes(
        "usa-alert",
        `usa-alert--${type}`,
        slim && "usa-alert--slim",
        noIcon && "usa-alert--no-icon",
        validation && "usa-alert--validation",
        className,
      )}
      {...rest}
    >
      <div className="usa-alert__body">{children}</div>
    </div>
  );
}

type AlertHeadingProps = ComponentPropsWithoutRef<"h2"> & { level: "h2" | "h3" | "h4" | "h5" | "h6" };

export function AlertHeading({ level: Heading, className, ...rest }: AlertHeadingProps) {
  return <Heading className={classes("usa-alert__heading", className)} {...rest} />;
}

export function AlertText({ className, ...rest }: ComponentPropsWithoutRef<"p">) {
  return <p className={classes("usa-alert__text", className)} {...rest} />;
}

type ButtonProps = ComponentPropsWithoutRef<"button"> & {
  /** Required, as a button in a form submits unless told otherwise. */
  type: "button" | "submit" | "reset";
  secondary?: boolean;
  base?: boolean;
  outline?: boolean;
  unstyled?: boolean;
};

/** https://designsystem.digital.gov/components/button/ */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { secondary, base, outline, unstyled, className, ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      className={classes(
        "usa-button",
        secondary && "usa-button--secondary",
        base && "usa-button--base",
        outline && "usa-button--outline",
        unstyled && "usa-button--unstyled",
        className,
      )}
      {...rest}
    />
  );
});

export function GridContainer({ className, ...rest }: ComponentPropsWithoutRef<"div">) {
  return <div className={classes("grid-container", className)} {...rest} />;
}

type HeaderProps = ComponentPropsWithoutRef<"header"> & { basic?: boolean; extended?: boolean };

/** https://designsystem.digital.gov/components/header/ */
export function Header({ basic, extended, className, ...rest }: HeaderProps) {
  return (
    <header
      className={classes("usa-header", basic && "usa-header--basic", extended && "usa-header--extended", className)}
      {...rest}
    />
  );
}

/** The site's name in the header (USWDS calls it the logo). */
export function Title({ className, children, ...rest }: ComponentPropsWithoutRef<"div">) {
  return (
    <div className={classes("usa-logo", className)} {...rest}>
      <em className="usa-logo__text">{children}</em>
    </div>
  );
}

type NavMenuButtonProps = Omit<ComponentPropsWithoutRef<"button">, "type" | "children"> & { label: ReactNode };

/** The "Menu" button that opens the navigation on narrow windows. */
export const NavMenuButton = forwardRef<HTMLButtonElement, NavMenuButtonProps>(function NavMenuButton(
  { label, className, ...rest },
  ref,
) {
  return (
    <button ref={ref} type="button" className={classes("usa-menu-btn", className)} {...rest}>
      {label}
    </button>
  );
});

/** https://designsystem.digital.gov/components/card/ */
export function CardGroup({ className, ...rest }: ComponentPropsWithoutRef<"ul">) {
  return <ul className={classes("usa-card-group", className)} {...rest} />;
}

export function Card({ className, children, ...rest }: ComponentPropsWithoutRef<"li">) {
  return (
    <li className={classes("usa-card", className)} {...rest}>
      <div className="usa-card__container">{children}</div>
    </li>
  );
}

export function CardHeader({ className, ...rest }: ComponentPropsWithoutRef<"div">) {
  return <div className={classes("usa-card__header", className)} {...rest} />;
}

export function CardBody({ className, ...rest }: ComponentPropsWithoutRef<"div">) {
  return <div className={classes("usa-card__body", className)} {...rest} />;
}

export function CardFooter({ className, ...rest }: ComponentPropsWithoutRef<"div">) {
  return <div className={classes("usa-card__footer", className)} {...rest} />;
}
