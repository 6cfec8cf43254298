import { Type, type Static } from "@sinclair/typebox";

/** Every error the API returns has this shape; `code` is stable, `message` is for people. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: "Code stable, voir docs/api/errors.md" }),
      message: Type.String({ description: "Message en français pour les personnes" }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: "ErrorBody" },
);
export type ErrorBody = Static<typeof ErrorBody>;

/**
 * Errors of the OpenFisca-compatible routes: the same `error` plus, like OpenFisca's Web
 * API, the message nested at the path of the faulty value (`{"individus": {"bill": …}}`).
 */
export const OpenFiscaErrorBody = Type.Object(
  { error: ErrorBody.properties.error },
  { additionalProperties: true, $id: "OpenFiscaErrorBody" },
);

/** GET /api/errors/{code}: one entry of the catalogue, for a page that received only a code. */
export const ErrorEntryView = Type.Object({
  code: Type.String(),
  status: Type.Integer(),
  message: Type.String(),
});
export type ErrorEntryView = Static<typeof ErrorEntryView>;
