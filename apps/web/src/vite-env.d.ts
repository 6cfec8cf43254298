/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "dsfr" (default) or "neutral": see src/theme.ts. */
  readonly VITE_THEME?: string;
}
