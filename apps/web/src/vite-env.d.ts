/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "dsfr" (default) or "neutral": see src/theme.ts. */
  readonly VITE_THEME?: string;
  /** A MapLibre style URL for the Urgence sociale map's base layer (none: the offline style). */
  readonly VITE_MAP_STYLE_URL?: string;
}
