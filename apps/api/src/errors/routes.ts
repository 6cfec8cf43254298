import { Type, type Static } from "@sinclair/typebox";
import { ErrorBody, ErrorEntryView } from "@zero/schemas";
import type { FastifyInstance } from "fastify";
import { AppError } from "./app-error.ts";
import type { ErrorTable } from "./catalogue.ts";

const Params = Type.Object({ code: Type.String({ pattern: "^[A-Z][A-Z0-9_]{1,63}$" }) }, { additionalProperties: false });

/**
 * One entry of the error catalogue (the platform's and every module's) by its code: a page that was sent only a code (the login
 * page after ProConnect's callback, `/connexion?erreur=…`) shows the catalogue's French words.
 */
export async function errorCatalogueRoutes(app: FastifyInstance, { catalogue }: { catalogue: ErrorTable }): Promise<void> {
  app.get<{ Params: Static<typeof Params> }>(
    "/api/errors/:code",
    {
      schema: {
        tags: ["système"],
        summary: "Un code du catalogue d'erreurs, avec son message en français",
        params: Params,
        response: { 200: ErrorEntryView, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const { code } = request.params;
      const entry = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
      if (entry === undefined) throw new AppError("NOT_FOUND");
      return { code, status: entry.status, message: entry.message };
    },
  );
}
