import "server-only";
import type { Db } from "@/db/client";
import type { AnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { listLostMoves, listStageCounts } from "@/db/queries/journey-map";
import { listStageDays } from "@/db/queries/journey-map-times";
import { listStageChannels, listStageNps, listStageQuotes } from "@/db/queries/journey-map-voice";
import { comparisonWindow } from "@/core/analytics/periods";
import { previousPeriod } from "@/core/analytics/dates";
import { funnelStages } from "@/core/analytics/funnel-math";
import { emptyFigures, QUOTES_PER_KIND, type StageFigures } from "./build";
import type { JourneyMapQuery } from "./types";

/**
 * Every figure of the map per stage key of the journey (in journey order), from the database. The
 * NPS trend compares the range with the period before it; given `today` inside the range (a period
 * still running), with as many days of the previous period as have passed (core/analytics/periods.ts).
 */
export async function loadStageFigures(db: Db, ctx: AnalyticsContext, query: JourneyMapQuery): Promise<Map<string, StageFigures>> {
  const stages = funnelStages(ctx.stages, query.journey);
  const scope = { orgId: ctx.orgId, ownerId: query.ownerId, stages };
  const range = { from: query.from, to: query.to, timeZone: ctx.timeZone };
  const [counts, lost, channels, nps, quotes, times] = await Promise.all([
    listStageCounts(db, scope, range),
    listLostMoves(db, scope, range),
    listStageChannels(db, scope, range),
    listStageNps(db, scope, { ...range, ...npsComparedWith(query) }),
    listStageQuotes(db, scope, { ...range, limit: QUOTES_PER_KIND }),
    listStageDays(db, scope, range),
  ]);
  const figures = new Map(stages.map((s) => [s.key, emptyFigures()]));
  const at = (key: string) => figures.get(key);
  for (const r of counts) Object.assign(at(r.key) ?? {}, { entered: r.entered, converted: r.converted, present: r.present, current: r.current });
  for (const r of lost) at(r.key)?.lost.push({ reason: r.reason, count: r.count });
  for (const r of channels) at(r.key)?.channels.push({ channel: r.channel, count: r.count });
  for (const r of nps) {
    const f = at(r.key);
    if (f) f[r.current ? "nps" : "npsPrevious"] = { promoters: r.promoters, detractors: r.detractors, responses: r.responses };
  }
  for (const r of quotes) {
    const quote = { customerId: r.customerId, customerName: r.customerName, score: r.score, comment: r.comment, at: new Date(r.at).toISOString() };
    at(r.key)?.quotes[r.kind === "promoter" ? "promoters" : "detractors"].push(quote);
  }
  for (const t of times) Object.assign(at(t.key) ?? {}, { medianDays: t.median, p90Days: t.p90 });
  return figures;
}

function npsComparedWith(query: JourneyMapQuery): { previousFrom: string; previousTo: string } {
  const previous = query.today ? comparisonWindow(query, query.today).previous : previousPeriod(query);
  return { previousFrom: previous.from, previousTo: previous.to };
}
