import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { listMyTasksFor, myTasksQuerySchema, presentTask } from "@/lib/tasks/service";

export const GET = apiRoute(async ({ request, user }) => {
  const query = parseQuery(request, myTasksQuerySchema);
  if (!query.ok) return query.response;
  const rows = await listMyTasksFor(user, query.data);
  return NextResponse.json({ items: rows.map(presentTask) });
});
