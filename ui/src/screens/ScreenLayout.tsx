import { GridContainer } from "../uswds";
import type { ReactNode } from "react";
import type { Route } from "../routing/routes";
import { PageHeading } from "../frame/pageFocus";

interface ScreenLayoutProps {
  /** Which page this is, as `data-screen` for end-to-end tests. */
  screen: Route;
  title: string;
  children: ReactNode;
}

/** Every page: the `main` landmark the skip link targets, and its one h1. */
export function ScreenLayout({ screen, title, children }: ScreenLayoutProps) {
  return (
    <main id="main-content" tabIndex={-1} className="app-main" data-screen={screen}>
      <GridContainer>
        <PageHeading>{title}</PageHeading>
        {children}
      </GridContainer>
    </main>
  );
}
