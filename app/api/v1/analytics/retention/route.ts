import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { can } from "@/lib/auth/roles";
import { getRetention } from "@/lib/analytics/retention";
import { retentionQuerySchema } from "@/lib/analytics/retention-params";

/** SPEC §5 retention: `{cohorts: [{month, size, retained}], average}`, plus the counts and the months answered. */
export const GET = apiRoute(async ({ request, user }) => {
  if (!can.viewAnalytics(user.role)) return problem(403, { detail: "Analytics are for owners and managers." });
  const query = parseQuery(request, retentionQuerySchema);
  if (!query.ok) return query.response;
  const { range, ...result } = await getRetention(await getDb(), { orgId: user.orgId }, query.data);
  return NextResponse.json({ ...result, firstMonth: range.first, lastMonth: range.last });
});
