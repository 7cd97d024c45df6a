import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { can } from "@/lib/auth/roles";
import { getLoyalty } from "@/lib/analytics/loyalty";
import { loyaltyQuerySchema } from "@/lib/analytics/retention-params";

/** SPEC §5 loyalty: `{months: [{month, repeatRate, nps, referrals, loyaltyCount, churned, …}]}`. */
export const GET = apiRoute(async ({ request, user }) => {
  if (!can.viewAnalytics(user.role)) return problem(403, { detail: "Analytics are for owners and managers." });
  const query = parseQuery(request, loyaltyQuerySchema);
  if (!query.ok) return query.response;
  const { range, months } = await getLoyalty(await getDb(), { orgId: user.orgId }, query.data);
  return NextResponse.json({ months, firstMonth: range.first, lastMonth: range.last });
});
