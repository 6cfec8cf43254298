import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation, scrolls to the top and moves the focus to the main
 * content, as a full page load would: keyboard and screen-reader users start reading the
 * new page. Compares with the previous path (not a "first render" flag) so that React's
 * development double-run of effects does not move the focus on the first page.
 */
export function FocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById("contenu")?.focus({ preventScroll: true });
  }, [pathname]);

  return null;
}
