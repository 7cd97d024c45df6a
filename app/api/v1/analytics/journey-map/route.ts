import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { routing } from "@/lib/i18n/routing";
import { parseJourneyMapParams } from "@/lib/journey-map/params";
import { getJourneyMapFor } from "@/lib/journey-map/service";

/**
 * Issue 18 journey map: `{journey, from, to, stages: [{key, label, entered, current, conversionToNext,
 * lost, lostReasons, medianDays, p90Days, touchpointsPerCustomer, channels, nps, npsPrevious, quotes,
 * notes}]}`. Sales users get the map of their own customers (the service scopes it).
 */
export const GET = apiRoute(async ({ request, user }) => {
  const parsed = parseJourneyMapParams(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(422, { detail: "Some query parameters are invalid.", errors: parsed.errors });
  return NextResponse.json(await getJourneyMapFor(user, { ...parsed.params, locale: parsed.params.locale ?? routing.defaultLocale }));
});
