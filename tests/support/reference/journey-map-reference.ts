import { LOST, type Channel } from "@/core/constants";
import { previousPeriod, zonedMidnight } from "@/core/analytics/dates";
import { funnelStages } from "@/core/analytics/funnel-math";
import { comparisonWindow } from "@/core/analytics/periods";
import { timelines, type History, type HistoryEvent } from "@/tests/support/reference/timelines";
import { timeInStageReference } from "@/tests/support/reference/history";
import { emptyFigures, QUOTES_PER_KIND, type StageFigures } from "@/lib/journey-map/build";
import type { JourneyMapQuery, Quote } from "@/lib/journey-map/types";

/* A plain implementation of the journey map's figures (issue 18), for the property tests. */

export interface MapHistory extends History {
  touchpoints: { customerId: string; channel: Channel; at: number }[];
  feedback: { id: string; customerId: string; score: number; comment: string | null; at: number }[];
}

/** The stage a customer was in at instant `t`: their last event at or before it; none before the first or while lost. */
export function stageAtReference(events: readonly HistoryEvent[], t: number): string | null {
  const last = events.findLast((e) => e.at <= t);
  return last && last.toKey !== LOST ? last.toKey : null;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export function journeyMapReference(history: MapHistory, query: JourneyMapQuery): Map<string, StageFigures> {
  const F = zonedMidnight(query.from, history.timeZone);
  const T = zonedMidnight(query.to, history.timeZone);
  const previous = query.today ? comparisonWindow(query, query.today).previous : previousPeriod(query);
  const [P, PT] = [previous.from, previous.to].map((d) => zonedMidnight(d, history.timeZone)) as [number, number];
  const stages = funnelStages(history.stages, query.journey);
  const position = new Map(stages.map((s) => [s.key, s.position]));
  const figures = new Map(stages.map((s) => [s.key, emptyFigures()]));
  const lost = new Map(stages.map((s) => [s.key, new Map<string | null, number>()]));
  const channels = new Map(stages.map((s) => [s.key, new Map<Channel, number>()]));
  const quotes: (Quote & { key: string; id: string })[] = [];
  const inRange = (at: number) => F <= at && at < T;

  for (const { customer, events } of timelines(history, { ownerId: query.ownerId })) {
    const present = new Set<string>();
    const before = stageAtReference(events.filter((e) => e.at < F), F);
    if (before) present.add(before);
    const now = stageAtReference(events, Infinity);
    if (now && figures.has(now)) (figures.get(now) as StageFigures).current += 1;
    events.forEach((e, i) => {
      const reasons = lost.get(events[i - 1]?.toKey ?? "");
      if (e.toKey === LOST && inRange(e.at) && reasons) bump(reasons, e.reason ?? null);
    });
    for (const stage of stages) {
      const first = events.findIndex((e) => e.toKey === stage.key && inRange(e.at));
      if (first < 0) continue;
      const f = figures.get(stage.key) as StageFigures;
      f.entered += 1;
      present.add(stage.key);
      if (events.slice(first + 1).some((e) => e.at < T && (position.get(e.toKey) ?? -Infinity) > stage.position)) f.converted += 1;
    }
    for (const key of present) if (figures.has(key)) (figures.get(key) as StageFigures).present += 1;
    for (const t of history.touchpoints) {
      const key = t.customerId === customer.id && inRange(t.at) ? stageAtReference(events, t.at) : null;
      if (key && channels.has(key)) bump(channels.get(key) as Map<Channel, number>, t.channel);
    }
    for (const fb of history.feedback) {
      const inWindow = (F <= fb.at && fb.at < T) || (P <= fb.at && fb.at < PT);
      const key = fb.customerId === customer.id && inWindow ? stageAtReference(events, fb.at) : null;
      const f = key ? figures.get(key) : undefined;
      if (!key || !f) continue;
      const nps = fb.at >= F ? f.nps : f.npsPrevious;
      nps.responses += 1;
      if (fb.score >= 9) nps.promoters += 1;
      if (fb.score <= 6) nps.detractors += 1;
      if (fb.at >= F && (fb.score >= 9 || fb.score <= 6) && fb.comment && /\S/.test(fb.comment)) {
        quotes.push({ key, id: fb.id, customerId: customer.id, customerName: customer.id.slice(0, 8), score: fb.score, comment: fb.comment, at: new Date(fb.at).toISOString() });
      }
    }
  }
  quotes.sort((a, b) => b.at.localeCompare(a.at) || (a.id < b.id ? 1 : -1));
  for (const [key, f] of figures) {
    f.lost = [...(lost.get(key) ?? [])].map(([reason, count]) => ({ reason, count }));
    f.channels = [...(channels.get(key) ?? [])].map(([channel, count]) => ({ channel, count }));
    const own = quotes.filter((q) => q.key === key).map(({ key: _, id: __, ...q }) => q);
    f.quotes = { detractors: own.filter((q) => q.score <= 6).slice(0, QUOTES_PER_KIND), promoters: own.filter((q) => q.score >= 9).slice(0, QUOTES_PER_KIND) };
  }
  for (const t of timeInStageReference(history, { from: query.from, to: query.to, journey: query.journey, ownerId: query.ownerId })) {
    const f = figures.get(t.key);
    if (f) Object.assign(f, { medianDays: t.latest.median, p90Days: t.latest.p90 });
  }
  return figures;
}
