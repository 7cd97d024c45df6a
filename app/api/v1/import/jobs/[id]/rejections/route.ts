import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { uuidParam } from "@/lib/import/http";
import { rejectedRowsFor } from "@/lib/import/retry";
import { rejectionsQuerySchema } from "@/lib/import/schemas";

/** One page of an import's rejected rows (`?after=<row>&limit=`), with their reasons and cells, for the fix-and-retry screen. */
export const GET = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = uuidParam.safeParse(params.id);
  if (!id.success) return problem(404);
  const query = parseQuery(request, rejectionsQuerySchema);
  if (!query.ok) return query.response;
  const page = await rejectedRowsFor(user, id.data.toLowerCase(), { afterRow: query.data.after, limit: query.data.limit });
  return NextResponse.json(page, { headers: { "cache-control": "no-store" } });
});
