import { Type, type Static } from "@sinclair/typebox";

export const HealthView = Type.Object({
  status: Type.Literal("ok"),
  database: Type.Literal("ok"),
  dialect: Type.String(),
  version: Type.String(),
});
export type HealthView = Static<typeof HealthView>;
