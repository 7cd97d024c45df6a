import "server-only";
import type { Db } from "@/db/client";
import { listConversionDays, listTeamMoves } from "@/db/queries/analytics-team";
import { medianOfCounts, sortTeam } from "./math";
import type { TeamRow } from "./types";
import type { LoyaltyQuery } from "@/lib/analytics/retention/params";
import { analyticsMonths, type AnalyticsScope } from "@/lib/analytics/retention/cohorts";

/** SPEC §3 team performance over the months of the range (the loyalty page's team table). */
export async function getTeam(db: Db, scope: AnalyticsScope, query: LoyaltyQuery): Promise<TeamRow[]> {
  const { range } = await analyticsMonths(db, scope, query);
  const months = { orgId: scope.orgId, first: range.first, last: range.last };
  const [people, days] = await Promise.all([listTeamMoves(db, months), listConversionDays(db, months)]);
  return sortTeam(
    people.map((person) => {
      const own = days.filter((d) => d.ownerId === person.userId).map((d) => ({ value: d.days, count: d.conversions }));
      return {
        ...person,
        conversions: own.reduce((sum, d) => sum + d.count, 0),
        medianDaysToConvert: medianOfCounts(own),
      };
    }),
  );
}
