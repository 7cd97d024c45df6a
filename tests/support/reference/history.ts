import { DAY_MS, addDays, zonedMidnight } from "@/core/analytics/dates";
import { funnelStages } from "@/core/analytics/funnel-math";
import { stageIndex, timelines, type History } from "./timelines";
import { quantile } from "@/core/analytics/stats";
import type { CustomerFilters, FlowRow, LocalDate, Percentiles, RangeQuery, SnapshotRow, StageTime, TimeToConvert } from "@/core/analytics/types";

/* Plain implementations of the SPEC §3 snapshot, time in stage, time to convert and flow. */

const percentiles = (values: number[]): Percentiles => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9) });
const days = (ms: number) => ms / DAY_MS;

function bounds(history: History, query: RangeQuery) {
  return { F: zonedMidnight(query.from, history.timeZone), T: zonedMidnight(query.to, history.timeZone) };
}

/** Each customer's state after their last event before the end of `asOf`, counted per key (`lost` included). */
export function snapshotReference(history: History, query: CustomerFilters & { asOf: LocalDate }): SnapshotRow[] {
  const cutoff = zonedMidnight(addDays(query.asOf, 1), history.timeZone);
  const counts = new Map<string, number>();
  for (const { events } of timelines(history, query, (e) => e.at < cutoff)) {
    const last = events.at(-1);
    if (last) counts.set(last.toKey, (counts.get(last.toKey) ?? 0) + 1);
  }
  return [...counts].map(([key, customers]) => ({ key, customers })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * A visit lasts from entering a stage to the next event. A customer counts for stage S when their
 * last visit to S completed before T ended at or after F.
 */
export function timeInStageReference(history: History, query: RangeQuery): StageTime[] {
  const { F, T } = bounds(history, query);
  const perStage = new Map<string, { latest: number[]; cumulative: number[] }>();
  for (const { events } of timelines(history, query)) {
    const visits = new Map<string, { ms: number; exit: number }[]>();
    events.forEach((e, i) => {
      const next = events[i + 1];
      if (next && next.at < T) visits.set(e.toKey, [...(visits.get(e.toKey) ?? []), { ms: next.at - e.at, exit: next.at }]);
    });
    for (const [key, list] of visits) {
      const last = list.at(-1);
      if (!last || last.exit < F) continue;
      const entry = perStage.get(key) ?? { latest: [], cumulative: [] };
      entry.latest.push(days(last.ms));
      entry.cumulative.push(days(list.reduce((sum, v) => sum + v.ms, 0)));
      perStage.set(key, entry);
    }
  }
  return funnelStages(history.stages, query.journey).map(({ key }) => {
    const entry = perStage.get(key) ?? { latest: [], cumulative: [] };
    return { key, customers: entry.latest.length, latest: percentiles(entry.latest), cumulative: percentiles(entry.cumulative) };
  });
}

/**
 * The conversion stage is the last non-archived acquisition stage (`conversion` in the template);
 * entering it or any later stage converts. Counted for conversions at F ≤ t < T.
 */
export function timeToConvertReference(history: History, query: Omit<RangeQuery, "journey">): TimeToConvert {
  const { F, T } = bounds(history, { ...query, journey: "acquisition" });
  const target = funnelStages(history.stages, "acquisition").at(-1);
  const byKey = stageIndex(history.stages);
  const values: number[] = [];
  for (const { events } of timelines(history, query)) {
    const first = events.find((e) => byKey.get(e.toKey)?.journey === "acquisition");
    if (!first || !target) continue;
    const converted = events.find((e) => e.at >= first.at && (byKey.get(e.toKey)?.position ?? -Infinity) >= target.position);
    if (converted && F <= converted.at && converted.at < T) values.push(days(converted.at - first.at));
  }
  return { customers: values.length, ...percentiles(values) };
}

/** Moves in the range that leave or enter a stage of the journey, `lost` included. */
export function flowReference(history: History, query: RangeQuery): FlowRow[] {
  const { F, T } = bounds(history, query);
  const byKey = stageIndex(history.stages);
  const inJourney = (key: string | null) => key !== null && byKey.get(key)?.journey === query.journey;
  const counts = new Map<string, FlowRow>();
  for (const { events } of timelines(history, query)) {
    for (const e of events) {
      if (e.at < F || e.at >= T || !(inJourney(e.fromKey) || inJourney(e.toKey))) continue;
      const id = `${e.fromKey}\u0000${e.toKey}`;
      const row = counts.get(id) ?? { from: e.fromKey, to: e.toKey, count: 0 };
      row.count += 1;
      counts.set(id, row);
    }
  }
  return [...counts.values()].sort(compareFlow);
}

export function compareFlow(a: FlowRow, b: FlowRow): number {
  if (a.count !== b.count) return b.count - a.count;
  const from = (a.from ?? "") < (b.from ?? "") ? -1 : (a.from ?? "") > (b.from ?? "") ? 1 : 0;
  return from || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0);
}
