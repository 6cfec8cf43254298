import type { Endpoints } from "../routes.ts";
import { URGENCE_PATHS } from "./paths.ts";
import type { URGENCE_ROUTES } from "./routes.ts";

/**
 * The Urgence sociale endpoints for the web app: method, path and prefix at run time (no TypeBox
 * code: the schemas are imported as types only), the payload types of ./routes.ts for the compiler.
 */
export const URGENCE_ENDPOINTS: Endpoints<typeof URGENCE_ROUTES> = URGENCE_PATHS;
