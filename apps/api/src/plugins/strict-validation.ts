import AjvCompiler from "@fastify/ajv-compiler";
import type { FastifyServerOptions } from "fastify";

type ValidatorFactory = NonNullable<NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]>["buildValidator"];

/**
 * Two Ajv instances, built by the compiler Fastify uses by default (same options, formats and
 * `onCreate`), that differ in one thing: JSON bodies are never coerced ("12" is not a number,
 * 1 is not a boolean: 400), while the query string, the path parameters and the headers,
 * which arrive as text, are still read as the numbers and booleans their schemas declare.
 */
export function strictBodiesSchemaController(): NonNullable<FastifyServerOptions["schemaController"]> {
  const pool = AjvCompiler();
  const buildValidator: ValidatorFactory = (externalSchemas, ajvOptions) => {
    if (ajvOptions?.mode === "JTD") throw new Error("the API's schemas are JSON Schema, not JTD");
    const customOptions = ajvOptions?.customOptions ?? {};
    const strict = pool(externalSchemas, { ...ajvOptions, customOptions: { ...customOptions, coerceTypes: false } });
    const text = pool(externalSchemas, { ...ajvOptions, customOptions: { ...customOptions, coerceTypes: "array" } });
    return (route) => (route.httpPart === "body" ? strict(route) : text(route));
  };
  return { compilersFactory: { buildValidator } };
}
