import "server-only";
import type { Db } from "@/db/client";
import { listFeedbackMonths, listLoyaltyMonths, listStageMonths } from "@/db/queries/analytics-loyalty";
import { buildLoyalty } from "./build";
import type { LoyaltyResult } from "./types";
import type { MonthRange } from "@/lib/analytics/retention/months";
import type { LoyaltyQuery } from "@/lib/analytics/retention/params";
import { analyticsMonths, type AnalyticsScope } from "@/lib/analytics/retention/cohorts";

/** SPEC §3 loyalty trends and lifecycle per month (the loyalty page and `GET /api/v1/analytics/loyalty`). */
export async function getLoyalty(db: Db, scope: AnalyticsScope, query: LoyaltyQuery): Promise<LoyaltyResult & { range: MonthRange }> {
  const { current, range, months } = await analyticsMonths(db, scope, query);
  const [first, last] = [months[0], months.at(-1)];
  if (!first || !last) return { months: [], range };
  const { orgId } = scope;
  const [monthRows, stageRows, feedbackRows] = await Promise.all([
    listLoyaltyMonths(db, { orgId, last }),
    listStageMonths(db, { orgId, last }),
    listFeedbackMonths(db, { orgId, first, last }),
  ]);
  return { months: buildLoyalty(months, current, { monthRows, stageRows, feedbackRows }), range };
}
