import { ErrorBody } from "@zero/schemas";
import { Type, type Static } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply } from "fastify";
import { AppError } from "../../errors/app-error.ts";
import type { ModuleRouteOptions } from "../module.ts";
import { frenchSystem } from "../openfisca/french-system.ts";
import { checkSituationBounds } from "../openfisca/limits/situation-bounds.ts";
import { notComputedAsked } from "../openfisca/not-computed.ts";
import { asDroitsError, droitsError } from "./errors.ts";
import type { DroitsServices } from "./wiring.ts";
import { zeroStatus } from "@zero/legislation-fr";

/** Where the module is mounted. */
export const DROITS_PREFIX = "/api/droits";

const Situation = Type.Object({}, { additionalProperties: true, description: "Situation au format OpenFisca (individus, familles…)" });
const Period = Type.String({ minLength: 4, maxLength: 30, description: "Période OpenFisca : 2025-04, 2025…" });
const ExplainBody = Type.Object({
  situation: Situation,
  variable: Type.String({ minLength: 1, maxLength: 100, pattern: "^[a-z0-9_]+$" }),
  period: Period,
});
const NextBody = Type.Object({ situation: Situation, period: Period });
const AnyObject = Type.Object({}, { additionalProperties: true });
const errors = { 400: ErrorBody, 404: ErrorBody, 413: ErrorBody, 422: ErrorBody, 429: ErrorBody, 503: ErrorBody };

/**
 * Mes droits' API: public (no login, nothing logged but counts), rate-limited like the
 * OpenFisca API, every computation in its own worker pool, bounded before it starts.
 */
export async function droitsRoutes(app: FastifyInstance, { services }: ModuleRouteOptions<DroitsServices>): Promise<void> {
  const { limits, pool } = services;
  app.addHook("onClose", () => pool.close());
  const rateLimit = { max: services.rateLimitMax, timeWindow: 60_000 };
  const tags = ["droits"];

  const compute = async (kind: "explain" | "next", situation: unknown, payload: unknown, reply: FastifyReply) => {
    try {
      checkSituationBounds(situation, frenchSystem(), limits);
      return await pool.run(kind, payload);
    } catch (error) {
      if (error instanceof AppError && error.code === "DROITS_BUSY") reply.header("retry-after", "5");
      throw asDroitsError(error);
    }
  };

  app.post<{ Body: Static<typeof ExplainBody> }>(
    "/explain",
    {
      config: { csrf: false, rateLimit },
      bodyLimit: limits.maxBodyBytes,
      schema: {
        tags,
        summary: "Le montant d'une prestation, pourquoi, et le changement le plus proche qui ouvre ou augmente le droit",
        body: ExplainBody,
        response: { 200: AnyObject, ...errors },
      },
    },
    async (request, reply) => {
      const { situation, variable, period } = request.body;
      const system = frenchSystem();
      if (!system.hasVariable(variable)) {
        throw droitsError("DROITS_UNKNOWN_VARIABLE", { message: `Prestation inconnue : « ${variable} ».`, details: { variable } });
      }
      if (zeroStatus(system.variable(variable)) !== "computed") {
        throw droitsError("DROITS_NOT_COMPUTED", {
          message: `Zéro ne calcule pas encore « ${variable} ».`,
          details: { variables: [variable] },
        });
      }
      return compute("explain", situation, { situation, variable, period }, reply);
    },
  );

  app.post<{ Body: Static<typeof NextBody> }>(
    "/next",
    {
      config: { csrf: false, rateLimit },
      bodyLimit: limits.maxBodyBytes,
      schema: {
        tags,
        summary: "Les prochaines questions utiles et les résultats déjà connus d'une situation incomplète",
        body: NextBody,
        response: { 200: AnyObject, ...errors },
      },
    },
    async (request, reply) => {
      const { situation, period } = request.body;
      const asked = notComputedAsked(situation, frenchSystem());
      if (asked.length > 0) {
        throw droitsError("DROITS_NOT_COMPUTED", { details: { variables: [...new Set(asked.map((a) => a.variable))] } });
      }
      return compute("next", situation, { situation, period }, reply);
    },
  );
}
