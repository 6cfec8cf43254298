import type { Endpoints } from "../routes.ts";
import { PLATFORM_PATHS } from "./paths.ts";
import type { PLATFORM_ROUTES } from "./routes.ts";

/**
 * The platform's endpoints for the web app: method, path and prefix at run time (no TypeBox
 * code: the schemas are imported as types only), the payload types of ./routes.ts for the compiler.
 */
export const PLATFORM_ENDPOINTS: Endpoints<typeof PLATFORM_ROUTES> = PLATFORM_PATHS;
