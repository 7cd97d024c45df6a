import { NextResponse } from "next/server";
import { funnelView } from "@/lib/analytics/funnel-service";
import { parseFunnelParams } from "@/lib/analytics/params";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { can } from "@/lib/auth/roles";

/**
 * SPEC §5 funnel: `{cohortSize, stages: [{key, reached, stepConversion, overallConversion}],
 * breakdown?}`. Conversions are fractions 0..1; a conversion over an empty denominator is 0, and
 * the first stage's step conversion is 1 when anyone reached it.
 */
export const GET = apiRoute(async ({ request, user }) => {
  if (!can.viewAnalytics(user.role)) return problem(403, { detail: "Analytics are for owners and managers." });
  const parsed = parseFunnelParams(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(422, { detail: "Some query parameters are invalid.", errors: parsed.errors });
  const { result } = await funnelView(user.orgId, parsed.params);
  return NextResponse.json(result);
});
