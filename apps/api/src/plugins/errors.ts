import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../errors/app-error.ts";
import { toAppError } from "../errors/from-fastify.ts";
import { anonymousRefusalBudget, auditRefusal, isAuditedRefusal } from "./refusal-audit.ts";

/** How many anonymous refusals a minute are written one by one (the rest are counted). */
const ANONYMOUS_REFUSALS_PER_MINUTE = 120;

/** One error shape for every failure: `{ error: { code, message, details? } }`. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  const budget = anonymousRefusalBudget(ANONYMOUS_REFUSALS_PER_MINUTE);
  app.setErrorHandler(async (error, request, reply) => {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) {
      request.log.error({ err: error }, "unexpected error");
    } else {
      request.log.info({ code: appError.code, statusCode: appError.statusCode }, "client error");
      if (isAuditedRefusal(request, appError)) {
        // The refusal stands even if its entry cannot be written; the failure is logged.
        await auditRefusal(app.services.audit, request, appError, budget).catch((err: unknown) => {
          request.log.error({ err }, "refusal not audited");
        });
      }
    }
    return reply.code(appError.statusCode).send(appError.toBody());
  });
});

export function apiNotFound(): AppError {
  return new AppError("ROUTE_NOT_FOUND");
}
