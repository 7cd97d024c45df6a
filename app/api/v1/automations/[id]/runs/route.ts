import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { idParam } from "@/lib/api/params";
import { listRunsFor, presentFiring, runsQuerySchema } from "@/lib/automation/service";

export const GET = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = idParam(params.id);
  const query = parseQuery(request, runsQuerySchema);
  if (!query.ok) return query.response;
  const { items, nextCursor } = await listRunsFor(user, id, query.data);
  return NextResponse.json({ items: items.map(presentFiring), nextCursor });
});
