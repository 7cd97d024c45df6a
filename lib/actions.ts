import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Role } from "@/core/constants";
import { currentUser, type CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/core/errors";
import { fieldErrors } from "@/core/validation/fields";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; fieldErrors: Record<string, string[]>; details?: Record<string, unknown> };

function toObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const object: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (!key.startsWith("$ACTION")) object[key] = typeof value === "string" ? value : undefined;
  }
  return object;
}

/**
 * The one wrapper every server action goes through (a server action is a public POST endpoint):
 * session re-read from the database → role → zod → the domain function with the organization taken
 * from the session → revalidate → a typed result the form can show, never a thrown 500.
 * `revalidate: false` is for clients that keep their own cache current (the board's query cache):
 * re-rendering the page would only redo the server work and replace their loaded pages.
 */
export function defineAction<S extends z.ZodType, T>(
  config: { schema: S; allowed?: (role: Role) => boolean; revalidate?: false },
  run: (user: CurrentUser, input: z.infer<S>) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await currentUser();
    if (!user) return { ok: false, code: "unauthorized", fieldErrors: {} };
    if (config.allowed && !config.allowed(user.role)) return { ok: false, code: "forbidden", fieldErrors: {} };
    const parsed = config.schema.safeParse(toObject(input));
    if (!parsed.success) return { ok: false, code: "validation", fieldErrors: fieldErrors(parsed.error) };
    try {
      const data = await run(user, parsed.data);
      if (config.revalidate !== false) revalidatePath("/", "layout");
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, code: error.code, fieldErrors: error.fieldErrors, details: error.details };
      }
      console.error(error);
      return { ok: false, code: "server_error", fieldErrors: {} };
    }
  };
}
