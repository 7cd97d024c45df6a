import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { problem } from "./problem";

type Handler<P> = (ctx: { request: Request; user: CurrentUser; params: P }) => Promise<Response>;

/**
 * Wraps every authenticated API route: the caller is resolved on the server (401 otherwise, 429 with
 * Retry-After when an API key's rate limit is spent), domain refusals become problem documents with
 * their status, anything else a 500 without internals.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const caller = await authenticate(request);
    if (caller.kind === "rate_limited") {
      const seconds = String(caller.retryAfterSeconds);
      return problem(429, { code: "rate_limited", detail: `This API key's rate limit is spent; retry in ${seconds} s.`, headers: { "retry-after": seconds } });
    }
    if (caller.kind === "anonymous") return problem(401, { detail: "Sign in or send a valid API key." });
    const { user } = caller;
    try {
      return await handler({ request, user, params: await context.params });
    } catch (error) {
      if (error instanceof DomainError) {
        return problem(error.status, { code: error.code, errors: error.fieldErrors, ...error.details });
      }
      console.error(error);
      return problem(500);
    }
  };
}
