import { OpenFiscaErrorBody as ErrorBody } from "@zero/schemas";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../errors/app-error.ts";
import { describeEntities } from "./describe-entities.ts";
import { describeParameter, parametersIndex } from "./describe-parameters.ts";
import { describeVariable, variablesIndex } from "./describe-variables.ts";
import { frenchSystem } from "./french-system.ts";
import { openfiscaService } from "./service.ts";

const PREFIX = "/api/openfisca";
const Situation = Type.Object({}, { additionalProperties: true, description: "Situation au format OpenFisca" });
const AnyObject = Type.Object({}, { additionalProperties: true });

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${PREFIX}`;
}

/**
 * OpenFisca's Web API, under /api/openfisca: public (no login, no cookie), rate-limited,
 * open to other origins like OpenFisca's, so its existing clients work pointed at Zéro.
 */
export function openfiscaRoutes(options: { rateLimitMax: number }) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const service = openfiscaService(frenchSystem);
    const rateLimit = { max: options.rateLimitMax, timeWindow: 60_000 };
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
        schema: {
          tags,
          summary: "Calculer : renvoie la situation avec les valeurs null remplies",
          body: Situation,
          response: { 200: AnyObject, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
        },
      },
      async (request) => service.calculate(request.body),
    );

    app.post(
      `${PREFIX}/trace`,
      {
        config: { csrf: false, rateLimit },
        schema: {
          tags,
          summary: "Calculer et renvoyer l'arbre de calcul (variables, paramètres)",
          body: Situation,
          response: { 200: AnyObject, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
        },
      },
      async (request) => service.trace(request.body),
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

    app.get(
      `${PREFIX}/spec`,
      { config: { rateLimit }, schema: { tags, summary: "La description OpenAPI de cette API" } },
      async () => app.swagger(),
    );
  };
}
