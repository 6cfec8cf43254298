import { OpenFiscaErrorBody as ErrorBody } from "@zero/schemas";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors/app-error.ts";
import { describeEntities } from "./describe-entities.ts";
import { describeParameter, parametersIndex } from "./describe-parameters.ts";
import { describeVariable, variablesIndex } from "./describe-variables.ts";
import { frenchSystem } from "./french-system.ts";
import type { EngineLimits } from "./limits/config.ts";
import { enginePool } from "./limits/engine-pool.ts";
import { checkSituationBounds } from "./limits/situation-bounds.ts";

const PREFIX = "/api/openfisca";
const Situation = Type.Object({}, { additionalProperties: true, description: "Situation au format OpenFisca" });
const AnyObject = Type.Object({}, { additionalProperties: true });
const engineErrors = { 400: ErrorBody, 404: ErrorBody, 413: ErrorBody, 429: ErrorBody, 503: ErrorBody };

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${PREFIX}`;
}

/**
 * OpenFisca's Web API, under /api/openfisca: public (no login, no cookie), rate-limited,
 * open to other origins like OpenFisca's, so its existing clients work pointed at Zéro.
 */
export function openfiscaRoutes(options: { rateLimitMax: number; limits: EngineLimits }) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const { limits } = options;
    const pool = enginePool(limits);
    app.addHook("onClose", () => pool.close());
    const rateLimit = { max: options.rateLimitMax, timeWindow: 60_000 };
    /** Bounds measured here, before any computation; the computation in a worker (limits/). */
    const compute = async (kind: "calculate" | "trace", situation: unknown, reply: FastifyReply) => {
      checkSituationBounds(situation, frenchSystem(), limits);
      try {
        return await pool.run(kind, situation);
      } catch (error) {
        if (error instanceof AppError && error.code === "OPENFISCA_BUSY") reply.header("retry-after", "5");
        throw error;
      }
    };
    const tags = ["openfisca"];

    app.addHook("onRequest", async (request, reply) => {
      if (request.url.startsWith(PREFIX)) {
        reply.header("access-control-allow-origin", "*");
        reply.header("access-control-allow-headers", "content-type");
        reply.header("access-control-allow-methods", "GET, POST, OPTIONS");
        reply.header("country-package", "zero-legislation-fr");
      }
    });
    app.options(`${PREFIX}/*`, { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());

    app.post(
      `${PREFIX}/calculate`,
      {
        config: { csrf: false, rateLimit },
        bodyLimit: limits.maxBodyBytes,
        schema: {
          tags,
          summary: "Calculer : renvoie la situation avec les valeurs null remplies",
          body: Situation,
          response: { 200: AnyObject, ...engineErrors },
        },
      },
      async (request, reply) => compute("calculate", request.body, reply),
    );

    app.post(
      `${PREFIX}/trace`,
      {
        config: { csrf: false, rateLimit },
        bodyLimit: limits.maxBodyBytes,
        schema: {
          tags,
          summary: "Calculer et renvoyer l'arbre de calcul (variables, paramètres)",
          body: Situation,
          response: { 200: AnyObject, ...engineErrors },
        },
      },
      async (request, reply) => compute("trace", request.body, reply),
    );

    app.get(
      `${PREFIX}/variables`,
      { config: { rateLimit }, schema: { tags, summary: "Les variables du modèle", response: { 200: AnyObject } } },
      async (request) => variablesIndex(frenchSystem(), baseUrl(request)),
    );

    app.get<{ Params: { name: string } }>(
      `${PREFIX}/variable/:name`,
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: "Une variable : type, période, entité, formules, références légales",
          params: Type.Object({ name: Type.String({ maxLength: 200 }) }),
          response: { 200: AnyObject, 404: ErrorBody },
        },
      },
      async (request) => {
        const system = frenchSystem();
        if (!system.hasVariable(request.params.name)) {
          throw new AppError("UNKNOWN_VARIABLE", {
            message: `Variable inconnue : « ${request.params.name} ».`,
            details: { variable: request.params.name },
          });
        }
        return describeVariable(system, request.params.name);
      },
    );

    app.get(
      `${PREFIX}/parameters`,
      { config: { rateLimit }, schema: { tags, summary: "Les paramètres du modèle", response: { 200: AnyObject } } },
      async (request) => parametersIndex(frenchSystem(), baseUrl(request)),
    );

    app.get<{ Params: { "*": string } }>(
      `${PREFIX}/parameter/*`,
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: "Un paramètre (chemin à points ou à barres obliques) : valeurs datées, références",
          response: { 200: AnyObject, 404: ErrorBody },
        },
      },
      async (request) => {
        const id = request.params["*"];
        const described = describeParameter(frenchSystem(), id);
        if (!described) {
          throw new AppError("UNKNOWN_PARAMETER", { message: `Paramètre inconnu : « ${id} ».`, details: { parameter: id } });
        }
        return described;
      },
    );

    app.get(
      `${PREFIX}/entities`,
      { config: { rateLimit }, schema: { tags, summary: "Les entités et leurs rôles", response: { 200: AnyObject } } },
      async () => describeEntities(frenchSystem()),
    );

    app.get(`${PREFIX}/spec`, { config: { rateLimit }, schema: { tags, summary: "La description OpenAPI de cette API" } }, async () =>
      app.swagger(),
    );
  };
}
