import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/roles";
import { retentionQuerySchema } from "@/lib/analytics/retention/params";
import { getRetentionFor } from "@/lib/analytics/retention/service";

/** SPEC §5 retention: `{cohorts: [{month, size, retained}], average}`, plus the counts and the months answered. */
export const GET = apiRoute({ allowed: can.viewAnalytics }, async ({ request, user }) => {
  const query = parseQuery(request, retentionQuerySchema);
  if (!query.ok) return query.response;
  const { range, ...result } = await getRetentionFor(user, query.data);
  return NextResponse.json({ ...result, firstMonth: range.first, lastMonth: range.last });
});
