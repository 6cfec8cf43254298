import { ERROR_CATALOGUE, type ErrorCode } from "./catalogue.ts";

/** An error meant for the client: its code, status and message come from the catalogue. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: unknown;
  /** Extra top-level fields, for routes that must also speak another API's error shape. */
  readonly extraBody: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown; extraBody?: Record<string, unknown> } = {}) {
    const entry = ERROR_CATALOGUE[code];
    super(options.message ?? entry.message);
    this.name = "AppError";
    this.code = code;
    this.statusCode = entry.status;
    this.details = options.details;
    this.extraBody = options.extraBody;
  }

  toBody(): { error: { code: ErrorCode; message: string; details?: unknown } } {
    return {
      ...this.extraBody,
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
