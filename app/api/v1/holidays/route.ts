import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { holidaysQuerySchema, listHolidaysFor } from "@/lib/automation/holidays";

export const GET = apiRoute(async ({ request, user }) => {
  const query = parseQuery(request, holidaysQuerySchema);
  if (!query.ok) return query.response;
  return NextResponse.json({ items: await listHolidaysFor(user, query.data) });
});
