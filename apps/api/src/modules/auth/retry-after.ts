import type { FastifyReply } from "fastify";
import { retryAfterOf } from "./login-throttle.ts";

/** Runs `work`; a 429 from the failed-login counter also sets Retry-After (seconds) on the answer. */
export async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const seconds = retryAfterOf(error);
    if (seconds !== null) reply.header("retry-after", String(seconds));
    throw error;
  }
}
