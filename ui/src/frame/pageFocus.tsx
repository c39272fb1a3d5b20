import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from "react";

/** True once the parent has moved from the first page: each new page's h1 then takes focus. */
const FocusHeadingContext = createContext(false);

export function FocusHeadingProvider({ focus, children }: { focus: boolean; children: ReactNode }) {
  return <FocusHeadingContext.Provider value={focus}>{children}</FocusHeadingContext.Provider>;
}

/**
 * A page's one `<h1>`. After a route change it takes focus so that screen
 * readers announce the new page and Tab continues from the top of it.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const focus = useContext(FocusHeadingContext);
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
