import { useEffect } from "react";

/** Each page names itself in the browser tab, as the RGAA asks (criterion 8.6). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Lab Zéro`;
  }, [title]);
}
