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
