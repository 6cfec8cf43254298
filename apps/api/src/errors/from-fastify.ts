import { FieldDecryptionError } from "@zero/db/field-encryption";
import type { FastifyError } from "fastify";
import { dateRuleError } from "../plugins/date-rules.ts";
import { freeTextError } from "../plugins/free-text-rules.ts";
import { AppError } from "./app-error.ts";
import type { ErrorCode } from "./catalogue.ts";

const BY_FASTIFY_CODE: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_EMPTY_JSON_BODY: "INVALID_JSON",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "BAD_REQUEST",
};

/**
 * Turns whatever reached the error handler into an AppError. Client mistakes keep a 4xx
 * with their own code; anything unknown becomes INTERNAL_ERROR (and is logged).
 */
export function toAppError(error: unknown): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };
  // A sealed value no configured key opens (ADR 0019): said, and logged (key id and row, no content).
  if (error instanceof FieldDecryptionError) {
    return { appError: new AppError("FIELD_KEY_UNAVAILABLE"), unexpected: true };
  }
  const fe = error as Partial<FastifyError> & { validation?: unknown[]; validationContext?: string };
  if (Array.isArray(fe.validation)) {
    const dateError = dateRuleError(fe.validation, fe.validationContext ?? "body");
    if (dateError) return { appError: dateError, unexpected: false };
    const textError = freeTextError(fe.validation, fe.validationContext ?? "body");
    if (textError) return { appError: textError, unexpected: false };
    const details = fe.validation.map((v) => {
      const item = v as { instancePath?: string; message?: string; params?: unknown };
      return {
        in: fe.validationContext ?? "body",
        path: item.instancePath ?? "",
        problem: item.message ?? "invalide",
      };
    });
    return { appError: new AppError("VALIDATION_FAILED", { details }), unexpected: false };
  }
  if (fe.code && BY_FASTIFY_CODE[fe.code]) {
    return { appError: new AppError(BY_FASTIFY_CODE[fe.code]!), unexpected: false };
  }
  if (error instanceof SyntaxError || fe.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return { appError: new AppError("INVALID_JSON"), unexpected: false };
  }
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code: ErrorCode =
      fe.statusCode === 404
        ? "NOT_FOUND"
        : fe.statusCode === 413
          ? "PAYLOAD_TOO_LARGE"
          : fe.statusCode === 415
            ? "UNSUPPORTED_MEDIA_TYPE"
            : fe.statusCode === 429
              ? "RATE_LIMITED"
              : "BAD_REQUEST";
    return { appError: new AppError(code), unexpected: false };
  }
  return { appError: new AppError("INTERNAL_ERROR"), unexpected: true };
}
