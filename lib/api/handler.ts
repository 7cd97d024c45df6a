import "server-only";
import type { Role } from "@/core/constants";
import { DomainError } from "@/core/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { authenticate, type Caller } from "./authenticate";
import { problem } from "./problem";

type Route<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
type Handler<P> = (ctx: { request: Request; user: CurrentUser; params: P }) => Promise<Response>;

/** `allowed`: the roles the route serves; others get 403 before the handler runs (the service checks again). */
interface RouteConfig {
  allowed?: (role: Role) => boolean;
}

/**
 * Wraps every authenticated API route: the caller is resolved on the server (401 otherwise, 403 for
 * a cookie caller's write from another origin, 429 with Retry-After when an API key's rate limit is
 * spent), domain refusals become problem documents with their status, and anything else thrown,
 * the caller's resolution included, a 500 without internals. Bodies are read by `parseJson` and
 * `receiveUpload`, which refuse a body of another type (415) after the route has checked the role.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>): Route<P>;
export function apiRoute<P = Record<string, never>>(config: RouteConfig, handler: Handler<P>): Route<P>;
export function apiRoute<P>(first: RouteConfig | Handler<P>, second?: Handler<P>): Route<P> {
  const [config, handler] = typeof first === "function" ? [{}, first] : [first, second as Handler<P>];
  return async (request, context) => {
    try {
      const caller = await authenticate(request);
      if (caller.kind !== "user") return refusal(caller);
      if (config.allowed && !config.allowed(caller.user.role)) return problem(403, { code: "forbidden", detail: "Your role may not use this." });
      return await handler({ request, user: caller.user, params: await context.params });
    } catch (error) {
      if (error instanceof DomainError) {
        return problem(error.status, { code: error.code, errors: error.fieldErrors, ...error.details });
      }
      console.error(error);
      return problem(500);
    }
  };
}

function refusal(caller: Exclude<Caller, { kind: "user" }>): Response {
  switch (caller.kind) {
    case "rate_limited": {
      const seconds = String(caller.retryAfterSeconds);
      return problem(429, { code: "rate_limited", detail: `This API key's rate limit is spent; retry in ${seconds} s.`, headers: { "retry-after": seconds } });
    }
    case "cross_origin":
      return problem(403, { code: "cross_origin", detail: "Writes with the session cookie must come from the app's own pages." });
    case "anonymous":
      return problem(401, { detail: "Sign in or send a valid API key." });
  }
}
