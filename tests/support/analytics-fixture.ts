import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { customers, LOST, organizations, stageEvents, stages, users, type Channel } from "@/db/schema";
import { compareEvents, type History, type HistoryEvent } from "./reference/timelines";
import type { StageDef } from "@/core/analytics/types";

/** The template stages plus an archived acquisition stage between consideration and conversion. */
export const fixtureStages: StageDef[] = [
  { key: "awareness", position: 10, journey: "acquisition", archived: false },
  { key: "engagement", position: 20, journey: "acquisition", archived: false },
  { key: "consideration", position: 30, journey: "acquisition", archived: false },
  { key: "qualified", position: 35, journey: "acquisition", archived: true },
  { key: "conversion", position: 40, journey: "acquisition", archived: false },
  { key: "retention", position: 50, journey: "retention", archived: false },
  { key: "loyalty", position: 60, journey: "retention", archived: false },
];

export interface CustomerSpec {
  id?: string;
  channel: Channel;
  ownerId: string | null;
  /** `[stage key or "lost", instant, reason?]`, in the order they happened; ties keep this order. */
  events: [string, string | number, string?][];
}

/**
 * Turns compact customer specs into a History (ids, from keys chained in event order, recorded_at
 * one millisecond apart so ties at one instant keep the listed order).
 */
export function buildHistory(timeZone: string, specs: CustomerSpec[], stageDefs: StageDef[] = fixtureStages): History {
  const events: HistoryEvent[] = [];
  const list = specs.map((spec) => {
    const id = spec.id ?? randomUUID();
    const own = spec.events
      .map(([toKey, at, reason], i) => ({ toKey, at: typeof at === "number" ? at : Date.parse(at), reason: reason ?? null, i }))
      .map(({ toKey, at, reason, i }) => ({ id: randomUUID(), customerId: id, fromKey: null as string | null, toKey, at, recordedAt: at + i, reason }))
      .sort(compareEvents);
    own.forEach((e, i) => (e.fromKey = own[i - 1]?.toKey ?? null));
    events.push(...own);
    return { id, channel: spec.channel, ownerId: spec.ownerId };
  });
  return { timeZone, stages: stageDefs, customers: list, events };
}

/** Writes a History as a new organization (customers first, then every event in one statement). */
export async function insertHistory(db: Db, history: History, ownerIds: readonly string[], holdBack = 0): Promise<{ orgId: string; insertRest: () => Promise<void> }> {
  const orgId = randomUUID();
  await db.insert(organizations).values({ id: orgId, name: `Analytics ${orgId.slice(0, 8)}`, timeZone: history.timeZone });
  if (ownerIds.length) {
    await db.insert(users).values(ownerIds.map((id) => ({ orgId, id, email: `${id.slice(0, 8)}-${orgId}@analytics.test`, name: id.slice(0, 6), role: "sales" as const, passwordHash: "x" })));
  }
  await db.insert(stages).values(
    history.stages.map((s) => ({ orgId, key: s.key, position: s.position, journey: s.journey, labelHe: s.key, labelFa: s.key, labelEn: s.key, archivedAt: s.archived ? new Date(0) : null })),
  );
  const byCustomer = new Map<string, HistoryEvent[]>();
  for (const e of [...history.events].sort(compareEvents)) byCustomer.set(e.customerId, [...(byCustomer.get(e.customerId) ?? []), e]);
  const fallback = history.stages[0]?.key ?? "awareness";
  if (history.customers.length) {
    await db.insert(customers).values(
      history.customers.map((c) => {
        const own = byCustomer.get(c.id) ?? [];
        const last = own.at(-1);
        const stageKey = own.findLast((e) => e.toKey !== LOST)?.toKey ?? fallback;
        const at = new Date(last?.at ?? 0);
        return { orgId, id: c.id, name: c.id.slice(0, 8), channel: c.channel, ownerId: c.ownerId, stageKey, stageEnteredAt: at, lost: last?.toKey === LOST, lastActivityAt: at, version: own.length + 1 };
      }),
    );
  }
  const rows = history.events.map((e) => ({ orgId, id: e.id, customerId: e.customerId, fromKey: e.fromKey, toKey: e.toKey, at: new Date(e.at), recordedAt: new Date(e.recordedAt), reason: e.reason ?? null }));
  const first = rows.slice(0, rows.length - holdBack);
  const rest = rows.slice(rows.length - holdBack);
  if (first.length) await db.insert(stageEvents).values(first);
  return { orgId, insertRest: async () => void (rest.length && (await db.insert(stageEvents).values(rest))) };
}
