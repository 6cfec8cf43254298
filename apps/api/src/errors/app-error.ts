import { ERROR_CATALOGUE, type ErrorCode, type ErrorSpec, type ErrorTable } from "./catalogue.ts";

export interface AppErrorOptions {
  message?: string;
  details?: unknown;
  extraBody?: Record<string, unknown>;
}

/**
 * An error meant for the client: its code, status and message come from the platform's
 * catalogue, or from a module's table through the module's factory (`errorFactory`).
 */
export class AppError extends Error {
  readonly code: string;
  readonly statusCode: number;
  readonly details: unknown;
  /** Extra top-level fields, for routes that must also speak another API's error shape. */
  readonly extraBody: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options?: AppErrorOptions);
  constructor(code: string, options: AppErrorOptions, entry: ErrorSpec);
  constructor(code: string, options: AppErrorOptions = {}, entry: ErrorSpec = ERROR_CATALOGUE[code as ErrorCode]) {
    super(options.message ?? entry.message);
    this.name = "AppError";
    this.code = code;
    this.statusCode = entry.status;
    this.details = options.details;
    this.extraBody = options.extraBody;
  }

  toBody(): { error: { code: string; message: string; details?: unknown } } {
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

/** A module's error constructor: its own codes, typed, with their status and message. */
export function errorFactory<const T extends ErrorTable>(table: T) {
  return (code: keyof T & string, options: AppErrorOptions = {}): AppError => new AppError(code, options, table[code]!);
}
