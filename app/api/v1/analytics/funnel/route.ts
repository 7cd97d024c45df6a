import { NextResponse } from "next/server";
import { funnelViewFor } from "@/lib/analytics/funnel/service";
import { parseFunnelParams } from "@/lib/analytics/funnel/params";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { can } from "@/lib/auth/roles";

/**
 * SPEC §5 funnel: `{cohortSize, stages: [{key, reached, stepConversion, overallConversion}],
 * breakdown?}`. Conversions are fractions 0..1; a conversion over an empty denominator is 0, and
 * the first stage's step conversion is 1 when anyone reached it.
 */
export const GET = apiRoute({ allowed: can.viewAnalytics }, async ({ request, user }) => {
  const parsed = parseFunnelParams(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(422, { detail: "Some query parameters are invalid.", errors: parsed.errors });
  const { result } = await funnelViewFor(user, parsed.params);
  return NextResponse.json(result);
});
