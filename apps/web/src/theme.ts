// Two looks for one app. "dsfr" is the French State design system with its branding
// (Marianne, « République française »), for State deployments only, as its terms of use
// require. "neutral" keeps the DSFR components but drops every State mark, for
// deployments by local authorities, associations or anyone else.
//
// Resolution: <meta name="zero-theme" content="neutral|dsfr"> in index.html (editable in
// dist/ at deploy time, no rebuild), else the build-time VITE_THEME, else "dsfr".

export type Theme = "dsfr" | "neutral";

function parseTheme(value: string | null | undefined): Theme | undefined {
  const normalised = value?.trim().toLowerCase();
  return normalised === "dsfr" || normalised === "neutral" ? normalised : undefined;
}

function resolveTheme(): Theme {
  const runtime = document.querySelector<HTMLMetaElement>('meta[name="zero-theme"]')?.content;
  return parseTheme(runtime) ?? parseTheme(import.meta.env.VITE_THEME) ?? "dsfr";
}

export const theme: Theme = resolveTheme();
