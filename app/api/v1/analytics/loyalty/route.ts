import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/roles";
import { loyaltyQuerySchema } from "@/lib/analytics/retention/params";
import { getLoyaltyFor } from "@/lib/analytics/loyalty/service";

/** SPEC §5 loyalty: `{months: [{month, repeatRate, nps, referrals, loyaltyCount, churned, …}]}`. */
export const GET = apiRoute({ allowed: can.viewAnalytics }, async ({ request, user }) => {
  const query = parseQuery(request, loyaltyQuerySchema);
  if (!query.ok) return query.response;
  const { range, months } = await getLoyaltyFor(user, query.data);
  return NextResponse.json({ months, firstMonth: range.first, lastMonth: range.last });
});
