import "server-only";
import { funnelFromLevels, funnelStages } from "@/core/analytics/funnel-math";
import type { FunnelQuery, FunnelResult } from "@/core/analytics/types";
import type { Db } from "../client";
import { levelsFromAggregate } from "./analytics-funnel-aggregate";
import { loadAnalyticsContext, type AnalyticsContext } from "./analytics-funnel-context";
import { levelsFromHistory } from "./analytics-funnel-history";
import { levelsFromPaths, pathsFollowStageOrder } from "./analytics-funnel-paths";

/**
 * The mode funnel_cohort_days answers; the other `cohort=created` modes read funnel_paths (from
 * stage_events while a large organization's paths wait for their rebuild after a stage-order change),
 * and `cohort=active` reads stage_events.
 */
export function isAggregateMode(q: Pick<FunnelQuery, "cohort" | "order" | "windowDays" | "asOf">): boolean {
  return q.cohort === "created" && q.order === "any" && !q.windowDays && !q.asOf;
}

/** `history` forces the computation from stage_events (tests compare the sources). */
export type FunnelSource = "auto" | "history";

export async function funnelFor(db: Db, ctx: AnalyticsContext, q: FunnelQuery, source: FunnelSource = "auto"): Promise<FunnelResult> {
  const stages = funnelStages(ctx.stages, q.journey);
  const full = { ...q, orgId: ctx.orgId, timeZone: ctx.timeZone, funnel: stages };
  const rows = isAggregateMode(q) && source === "auto"
    ? await levelsFromAggregate(db, full)
    : source === "auto" && q.cohort === "created" && (await pathsFollowStageOrder(db, ctx))
      ? await levelsFromPaths(db, full)
      : await levelsFromHistory(db, full);
  return funnelFromLevels(stages, q.order, rows, q.breakdown);
}

/** SPEC §3 funnel of one organization, in the SPEC §5 shape. */
export async function funnel(db: Db, { orgId, ...q }: FunnelQuery & { orgId: string }, source: FunnelSource = "auto") {
  return funnelFor(db, await loadAnalyticsContext(db, { orgId }), q, source);
}
