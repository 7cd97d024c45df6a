import "server-only";
import { cache } from "react";
import { readDb } from "@/db";
import type { CurrentUser } from "@/lib/auth/session";
import type { LoyaltyQuery } from "@/lib/analytics/retention/params";
import { analyticsOrgOf } from "@/lib/analytics/retention/service";
import type { Month } from "@/lib/analytics/retention/months";
import { getLoyaltyKpiTrends } from "./kpi-trends";
import { getTeam } from "./team";
import { getLoyalty } from "./trends";

/* The loyalty page's and API's figures, on the same terms as retention/service.ts (owners and managers, memoised per request). */

const loyalty = cache(async (orgId: string, from: string | undefined, to: string | undefined) => getLoyalty(await readDb(), { orgId }, { from, to }));
const team = cache(async (orgId: string, from: string | undefined, to: string | undefined) => getTeam(await readDb(), { orgId }, { from, to }));

export async function getLoyaltyFor(user: CurrentUser, { from, to }: LoyaltyQuery) {
  return loyalty(analyticsOrgOf(user), from, to);
}

export async function getLoyaltyKpiTrendsFor(user: CurrentUser, month: Month) {
  return getLoyaltyKpiTrends(await readDb(), { orgId: analyticsOrgOf(user) }, month);
}

export async function getTeamFor(user: CurrentUser, { from, to }: LoyaltyQuery) {
  return team(analyticsOrgOf(user), from, to);
}
