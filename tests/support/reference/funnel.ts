import { DAY_MS, addDays, zonedMidnight } from "@/core/analytics/dates";
import { funnelStages, compareBreakdown, withConversions } from "@/core/analytics/funnel-math";
import { stageIndex, timelines, type History, type HistoryEvent, type Timeline } from "./timelines";
import type { FunnelQuery, FunnelResult, FunnelSeries, StageDef } from "@/core/analytics/types";

/**
 * SPEC §3 funnel, computed the plain way over arrays: the definition the SQL must match.
 *
 * - Range [from, to) of local dates in the organization's time zone, as instants F..T.
 * - `asOf` D: events at or after the start of D + 1 do not exist.
 * - A customer's cohort entry t0 is their first event into any stage of the journey (archived
 *   stages included). `cohort=created`: F ≤ t0 < T. `cohort=active`: the customer was in a stage
 *   of the journey at some instant of [F, T) — a stay lasts from its event to the next one (or
 *   forever), and only non-empty overlaps count.
 * - Counted events: at ≥ t0, and with a window of w days, at < t0 + w·24 h.
 * - `order=any`: reached(S) ⇔ a counted event entered S or a stage with a higher position (any
 *   journey, archived included). `order=strict`: entries into S1 … Sk at non-decreasing times,
 *   taking the earliest possible entry at each step (which is optimal).
 */
export function funnelReference(history: History, query: FunnelQuery): FunnelResult {
  const tz = history.timeZone;
  const F = zonedMidnight(query.from, tz);
  const T = zonedMidnight(query.to, tz);
  const cutoff = query.asOf ? zonedMidnight(addDays(query.asOf, 1), tz) : Infinity;
  const stages = funnelStages(history.stages, query.journey);
  const byKey = stageIndex(history.stages);
  const inJourney = (e: HistoryEvent) => byKey.get(e.toKey)?.journey === query.journey;

  const members: { timeline: Timeline; reached: boolean[] }[] = [];
  for (const timeline of timelines(history, query, (e) => e.at < cutoff)) {
    const { events } = timeline;
    const first = events.find(inJourney);
    if (!first) continue;
    const t0 = first.at;
    const member =
      query.cohort === "created"
        ? F <= t0 && t0 < T
        : events.some((e, i) => inJourney(e) && Math.max(e.at, F) < Math.min(events[i + 1]?.at ?? Infinity, T));
    if (!member) continue;
    const end = query.windowDays ? t0 + query.windowDays * DAY_MS : Infinity;
    const counted = events.filter((e) => e.at >= t0 && e.at < end);
    members.push({ timeline, reached: query.order === "any" ? reachedAny(stages, byKey, counted) : reachedStrict(stages, counted) });
  }

  const total = (group: typeof members): FunnelSeries =>
    withConversions(
      stages.map((s) => s.key),
      stages.map((_, i) => group.filter((m) => m.reached[i]).length),
      group.length,
    );
  const result: FunnelResult = total(members);
  if (query.breakdown) {
    const field = query.breakdown === "channel" ? "channel" : "ownerId";
    const values = [...new Set(members.map((m) => m.timeline.customer[field]))];
    result.breakdown = values
      .map((value) => ({ value, ...total(members.filter((m) => m.timeline.customer[field] === value)) }))
      .sort(compareBreakdown);
  }
  return result;
}

function reachedAny(stages: readonly StageDef[], byKey: Map<string, StageDef>, counted: readonly HistoryEvent[]): boolean[] {
  return stages.map((s) => counted.some((e) => (byKey.get(e.toKey)?.position ?? -Infinity) >= s.position));
}

function reachedStrict(stages: readonly StageDef[], counted: readonly HistoryEvent[]): boolean[] {
  let since = -Infinity;
  let path = true;
  return stages.map((s) => {
    const entry = path ? counted.filter((e) => e.toKey === s.key && e.at >= since).map((e) => e.at) : [];
    path = entry.length > 0;
    if (path) since = Math.min(...entry);
    return path;
  });
}
