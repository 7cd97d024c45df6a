import "server-only";
import { funnelFromLevels, funnelStages } from "@/core/analytics/funnel-math";
import type { FunnelQuery, FunnelResult } from "@/core/analytics/types";
import type { Db } from "../client";
import { levelsFromAggregate } from "./analytics-funnel-aggregate";
import { loadAnalyticsContext, type AnalyticsContext } from "./analytics-funnel-context";
import { levelsFromHistory } from "./analytics-funnel-history";
import { levelsFromPaths } from "./analytics-funnel-paths";

/**
 * The mode funnel_cohort_days answers; the other `cohort=created` modes read funnel_paths, and
 * `cohort=active` reads stage_events.
 */
export function isAggregateMode(q: Pick<FunnelQuery, "cohort" | "order" | "windowDays" | "asOf">): boolean {
  return q.cohort === "created" && q.order === "any" && !q.windowDays && !q.asOf;
}

/** `history` forces the computation from stage_events (tests compare the sources). */
export type FunnelSource = "auto" | "history";

export async function funnelFor(db: Db, ctx: AnalyticsContext, q: FunnelQuery, source: FunnelSource = "auto"): Promise<FunnelResult> {
  const stages = funnelStages(ctx.stages, q.journey);
  const full = { ...q, orgId: ctx.orgId, timeZone: ctx.timeZone, funnel: stages };
  const rows =
    source === "history" || q.cohort === "active"
      ? await levelsFromHistory(db, full)
      : isAggregateMode(q)
        ? await levelsFromAggregate(db, full)
        : await levelsFromPaths(db, full);
  return funnelFromLevels(stages, q.order, rows, q.breakdown);
}

/** SPEC §3 funnel of one organization, in the SPEC §5 shape. */
export async function funnel(db: Db, { orgId, ...q }: FunnelQuery & { orgId: string }, source: FunnelSource = "auto") {
  return funnelFor(db, await loadAnalyticsContext(db, { orgId }), q, source);
}
