import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors/app-error.ts";
import { toAppError } from "../errors/from-fastify.ts";

/** One error shape for every failure: `{ error: { code, message, details? } }`. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(async (error, request, reply) => {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) {
      request.log.error({ err: error }, "unexpected error");
    } else {
      request.log.info({ code: appError.code, statusCode: appError.statusCode }, "client error");
    }
    return reply.code(appError.statusCode).send(appError.toBody());
  });
});

export function apiNotFound(): AppError {
  return new AppError("ROUTE_NOT_FOUND");
}
