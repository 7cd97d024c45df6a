import "server-only";
import type { Db } from "@/db/client";
import { listRetentionCells } from "@/db/queries/analytics-retention";
import { findOrganization } from "@/db/queries/organizations";
import { monthOf, reportedMonths, type Month, type MonthRange } from "./months";
import { buildRetention } from "./math";
import { resolveRange, type RetentionQuery } from "./params";
import type { RetentionResult } from "./types";

export interface AnalyticsScope {
  orgId: string;
  /** The instant "now" for the current month; tests pin it. */
  now?: Date;
}

/** The organization's time zone and currency, its current month and the months a query asks for. */
export async function analyticsMonths(db: Db, { orgId, now = new Date() }: AnalyticsScope, query: { from?: string; to?: string }) {
  const org = await findOrganization(db, { orgId });
  const timeZone = org?.timeZone ?? "UTC";
  const current = monthOf(now, timeZone);
  const range: MonthRange = resolveRange(query, current);
  return { timeZone, currency: org?.currency ?? "ILS", current, range, months: reportedMonths(range, current) as Month[] };
}

/** SPEC §3 retention cohorts (what the retention page and `GET /api/v1/analytics/retention` show). */
export async function getRetention(db: Db, scope: AnalyticsScope, query: RetentionQuery): Promise<RetentionResult & { range: MonthRange }> {
  const { current, range, months } = await analyticsMonths(db, scope, query);
  const [first, last] = [months[0], months.at(-1)];
  const cells = first && last ? await listRetentionCells(db, { orgId: scope.orgId, first, last }) : [];
  return { ...buildRetention(cells, months, current, query.mode), range };
}
