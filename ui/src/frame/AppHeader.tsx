import { Button, Header, NavMenuButton, Title } from "../uswds";
import closeIcon from "@uswds/uswds/img/usa-icons/close.svg";
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { useKiosk } from "../kiosk/mode";
import { useLanguage } from "../l10n/LanguageProvider";
import { otherLanguage } from "../l10n/bundles";
import { useText } from "../l10n/useText";
import { hrefFor, ROUTES, type Route } from "../routing/routes";
import { useUnreadMessages } from "../screens/messages/unread";
import { SessionControls } from "../session/SessionControls";

interface AppHeaderProps {
  route: Route;
  /** The agency's name once it has answered; the product's name until then. */
  title: string;
  onQuickExit(): void;
  /** Messages about the app itself (such as a language choice that wasn't saved). */
  children?: ReactNode;
}

function focusMainContent(event: MouseEvent<HTMLAnchorElement>) {
  // The hash is the router's: move focus without touching it.
  event.preventDefault();
  document.getElementById("main-content")?.focus();
}

export function AppHeader({ route, title, onQuickExit, children }: AppHeaderProps) {
  const t = useText();
  const { language, offered, switchLanguage } = useLanguage();
  const kiosk = useKiosk();
  const unread = useUnreadMessages();
  // Below the USWDS desktop width (64em) the navigation folds into a "Menu" drawer.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const openMenu = () => {
    setMenuOpen(true);
    // The drawer is rendered already (only hidden): move focus into it at once.
    requestAnimationFrame(() => closeButton.current?.focus());
  };
  const closeMenu = () => setMenuOpen(false);
  const closeMenuAndReturn = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [menuOpen]);

  return (
    <>
      <a className="usa-skipnav" href="#main-content" onClick={focusMainContent}>
        {t("skip-link")}
      </a>
      <div className={`usa-overlay${menuOpen ? " is-visible" : ""}`} />
      <Header extended className="app-header">
        {kiosk ? (
          // On a kiosk, "End my visit" stands where Quick exit is, and
          // `onQuickExit` is the reset (see KioskShell).
          <>
            <Button
              type="button"
              secondary
              id="kiosk-end-visit"
              className="app-quick-exit"
              aria-describedby="kiosk-end-visit-hint"
              onClick={onQuickExit}
            >
              {t("kiosk-end-visit")}
            </Button>
            <span id="kiosk-end-visit-hint" className="usa-sr-only">
              {t("kiosk-end-visit-hint")}
            </span>
          </>
        ) : (
          <>
            <Button
              type="button"
              secondary
              id="quick-exit"
              className="app-quick-exit"
              aria-describedby="quick-exit-hint"
              onClick={onQuickExit}
            >
              {t("quick-exit")}
            </Button>
            <span id="quick-exit-hint" className="usa-sr-only">
              {t("quick-exit-hint")}
            </span>
          </>
        )}
        <div className="app-toolbar">
          <div className="app-toolbar__inner">
            <SessionControls />
            {offered.length > 1 && (
              <Button
                type="button"
                unstyled
                id="language-toggle"
                className="app-toolbar__language"
                lang={otherLanguage(language)}
                onClick={switchLanguage}
              >
                {t("language-toggle")}
              </Button>
            )}
          </div>
        </div>
        <div className="usa-navbar">
          <Title id="app-title">{title}</Title>
          <NavMenuButton
            ref={menuButton}
            label={t("nav-menu")}
            aria-expanded={menuOpen}
            aria-controls="primary-nav"
            onClick={openMenu}
          />
        </div>
        <nav id="primary-nav" aria-label={t("nav-label")} className={`usa-nav${menuOpen ? " is-visible" : ""}`}>
          <div className="usa-nav__inner">
            <button
              ref={closeButton}
              type="button"
              className="usa-nav__close"
              aria-label={t("nav-close")}
              onClick={closeMenuAndReturn}
            >
              <img src={closeIcon} alt="" />
            </button>
            <ul className="usa-nav__primary usa-accordion">
              {ROUTES.map((item) => (
                <li key={item} className="usa-nav__primary-item">
                  <a
                    href={hrefFor(item)}
                    className={`usa-nav-link${item === route ? " usa-current" : ""}`}
                    aria-current={item === route ? "page" : undefined}
                    onClick={closeMenu}
                  >
                    <span>{t(`nav-${item}`)}</span>
                    {item === "messages" && unread > 0 && (
                      <>
                        <span className="usa-sr-only">{t("nav-messages-unread", { count: unread })}</span>
                        <span className="app-nav-badge" aria-hidden="true" id="nav-messages-badge">
                          {unread}
                        </span>
                      </>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
        {children}
      </Header>
    </>
  );
}
