import type { ReactNode } from "react";

/** What the navigation, the home page and the module's own pages say of a module (docs/PRODUCT.md). */
export type ModuleInfo<Id extends string = string> = {
  id: Id;
  path: `/${Id}`;
  /** Short label for the main navigation. */
  navLabel: string;
  title: string;
  /** The project's question ("Et si… ?"), when the module carries one of the lab's projects. */
  question?: string;
  summary: string;
  /** What the module will let its users do, in plain French. */
  plannedFeatures: string[];
  /** Who will use it. */
  audience: string;
};

/**
 * A web module: its wording and its routes — `<Route>` elements under `path`, placed by
 * App.tsx inside the layout. Listed once, in WEB_MODULES (modules/index.ts).
 */
export type WebModule<Id extends string = string> = ModuleInfo<Id> & { routes: ReactNode };
