import { Type, type Static } from "@sinclair/typebox";
import { ErrorBody, type IdParams } from "@zero/schemas";

/** The error answers every Urgence route may give, for its OpenAPI description. */
export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
/** The OpenAPI tag of the module's routes. */
export const tags = ["urgence"];
export type Id = Static<typeof IdParams>;
export const NetworkParams = Type.Object({ networkId: Type.String({ format: "uuid" }) });
export type NetworkParams = Static<typeof NetworkParams>;
