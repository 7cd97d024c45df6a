import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { activityPageQuerySchema, listActivityPageFor } from "@/lib/customers/activity-pages";
import { parseJson, parseQuery } from "./body";
import { apiRoute } from "./handler";
import { customerIdParam } from "./params";

/** POST /customers/{id}/<child>: validate the body, add the record through the scoped service, 201. */
export function customerChildPost<S extends z.ZodType>(
  schema: S,
  add: (user: CurrentUser, customerId: string, input: z.infer<S>) => Promise<unknown>,
) {
  return apiRoute<{ id: string }>(async ({ request, user, params }) => {
    const id = customerIdParam(params.id);
    const body = await parseJson(request, schema);
    if (!body.ok) return body.response;
    return NextResponse.json(await add(user, id, body.data), { status: 201 });
  });
}

/** GET /customers/{id}/<child>: one page of the records, newest first (`limit`, `cursor`) → `{items, nextCursor}`. */
export function customerChildList(kind: "touchpoints" | "purchases" | "feedback") {
  return apiRoute<{ id: string }>(async ({ request, user, params }) => {
    const id = customerIdParam(params.id);
    const query = parseQuery(request, activityPageQuerySchema);
    if (!query.ok) return query.response;
    return NextResponse.json(await listActivityPageFor(user, kind, id, query.data));
  });
}
