import { OpenFiscaErrorBody as ErrorBody } from "@zero/schemas";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../errors/app-error.ts";
import { describeEntities } from "./describe-entities.ts";
import { describeParameter, parametersIndex } from "./describe-parameters.ts";
import { describeVariable, variablesIndex } from "./describe-variables.ts";
import { frenchSystem } from "./french-system.ts";
import type { ModuleRouteOptions } from "../module.ts";
import type { OpenfiscaServices } from "./wiring.ts";
import { checkSituationBounds } from "./limits/situation-bounds.ts";
import { openfiscaError } from "./errors.ts";
import { checkAskedComputed } from "./not-computed.ts";

/** Where the module is mounted: its own URLs in answers (`baseUrl`) start with it. */
export const OPENFISCA_PREFIX = "/api/openfisca";
const Situation = Type.Object({}, { additionalProperties: true, description: "Situation au format OpenFisca" });
const AnyObject = Type.Object({}, { additionalProperties: true });
const engineErrors = { 400: ErrorBody, 404: ErrorBody, 413: ErrorBody, 422: ErrorBody, 429: ErrorBody, 503: ErrorBody };

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${OPENFISCA_PREFIX}`;
}

/**
 * OpenFisca's Web API, under /api/openfisca: public (no login, no cookie), rate-limited,
 * open to other origins like OpenFisca's, so its existing clients work pointed at Zéro.
 */
export async function openfiscaRoutes(app: FastifyInstance, { services }: ModuleRouteOptions<OpenfiscaServices>): Promise<void> {
  const { limits, pool } = services;
  app.addHook("onClose", () => pool.close());
  const rateLimit = { max: services.rateLimitMax, timeWindow: 60_000 };
  /** Bounds measured here, before any computation; the computation in a worker (limits/). */
  const compute = async (kind: "calculate" | "trace", situation: unknown, reply: FastifyReply) => {
    checkSituationBounds(situation, frenchSystem(), limits);
    checkAskedComputed(situation, frenchSystem());
    try {
      return await pool.run(kind, situation);
    } catch (error) {
      if (error instanceof AppError && error.code === "OPENFISCA_BUSY") reply.header("retry-after", "5");
      throw error;
    }
  };
  const tags = ["openfisca"];

  app.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith(OPENFISCA_PREFIX)) {
      reply.header("access-control-allow-origin", "*");
      reply.header("access-control-allow-headers", "content-type");
      reply.header("access-control-allow-methods", "GET, POST, OPTIONS");
      reply.header("country-package", "zero-legislation-fr");
    }
  });
  app.options(`/*`, { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());

  app.post(
    `/calculate`,
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
    `/trace`,
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
    `/variables`,
    { config: { rateLimit }, schema: { tags, summary: "Les variables du modèle", response: { 200: AnyObject } } },
    async (request) => variablesIndex(frenchSystem(), baseUrl(request)),
  );

  app.get<{ Params: { name: string } }>(
    `/variable/:name`,
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
        throw openfiscaError("UNKNOWN_VARIABLE", {
          message: `Variable inconnue : « ${request.params.name} ».`,
          details: { variable: request.params.name },
        });
      }
      return describeVariable(system, request.params.name);
    },
  );

  app.get(
    `/parameters`,
    { config: { rateLimit }, schema: { tags, summary: "Les paramètres du modèle", response: { 200: AnyObject } } },
    async (request) => parametersIndex(frenchSystem(), baseUrl(request)),
  );

  app.get<{ Params: { "*": string } }>(
    `/parameter/*`,
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
        throw openfiscaError("UNKNOWN_PARAMETER", { message: `Paramètre inconnu : « ${id} ».`, details: { parameter: id } });
      }
      return described;
    },
  );

  app.get(
    `/entities`,
    { config: { rateLimit }, schema: { tags, summary: "Les entités et leurs rôles", response: { 200: AnyObject } } },
    async () => describeEntities(frenchSystem()),
  );

  app.get(`/spec`, { config: { rateLimit }, schema: { tags, summary: "La description OpenAPI de cette API" } }, async () => app.swagger());
}
