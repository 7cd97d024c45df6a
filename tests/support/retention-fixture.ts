import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, feedback, organizations, purchases, stageEvents, stages, users, type Role } from "@/db/schema";
import type { ReferenceData } from "@/lib/analytics/retention/types";

export interface FixtureCustomer {
  id?: string;
  createdAt: Date;
  ownerId?: string | null;
  referredById?: string | null;
  /** Moves in time order; the first has `from: null`. */
  events?: { from: string | null; to: string; at: Date; actorId?: string | null }[];
  purchases?: { at: Date; amountMinor: number }[];
  feedback?: { at: Date; score: number; stageKey: string }[];
}

/**
 * Writes customers with their history straight into the tables (one statement per table, so the
 * triggers see multi-customer batches, as with the seed or an import). Returns the customer ids.
 */
export async function insertCustomers(db: Db, orgId: string, list: FixtureCustomer[]): Promise<string[]> {
  const rows = list.map((c) => ({ ...c, id: c.id ?? randomUUID() }));
  if (rows.length === 0) return [];
  await db.insert(customers).values(
    rows.map((c) => {
      const last = c.events?.at(-1);
      const previous = c.events?.at(-2);
      const lost = last?.to === "lost";
      return {
        orgId,
        id: c.id,
        name: `Customer ${c.id.slice(0, 6)}`,
        stageKey: lost ? (previous?.to ?? "awareness") : (last?.to ?? "awareness"),
        lost,
        stageEnteredAt: last?.at ?? c.createdAt,
        lastActivityAt: last?.at ?? c.createdAt,
        createdAt: c.createdAt,
        ownerId: c.ownerId ?? null,
        referredById: c.referredById ?? null,
      };
    }),
  );
  const events = rows.flatMap((c) =>
    (c.events ?? []).map((e) => ({ orgId, customerId: c.id, fromKey: e.from, toKey: e.to, at: e.at, actorId: e.actorId ?? null })),
  );
  const bought = rows.flatMap((c) => (c.purchases ?? []).map((p) => ({ orgId, customerId: c.id, currency: "ILS", ...p })));
  const given = rows.flatMap((c) => (c.feedback ?? []).map((f) => ({ orgId, customerId: c.id, ...f })));
  if (events.length) await db.insert(stageEvents).values(events);
  if (bought.length) await db.insert(purchases).values(bought);
  if (given.length) await db.insert(feedback).values(given);
  return rows.map((c) => c.id);
}

/** One organization's raw rows, as the in-memory references take them. */
export async function loadReferenceData(db: Db, orgId: string, now: Date): Promise<ReferenceData> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  const [stageRows, userRows, customerRows, purchaseRows, feedbackRows, eventRows] = await Promise.all([
    db.select().from(stages).where(eq(stages.orgId, orgId)),
    db.select().from(users).where(eq(users.orgId, orgId)),
    db.select().from(customers).where(eq(customers.orgId, orgId)),
    db.select().from(purchases).where(eq(purchases.orgId, orgId)),
    db.select().from(feedback).where(eq(feedback.orgId, orgId)),
    db.select().from(stageEvents).where(eq(stageEvents.orgId, orgId)).orderBy(stageEvents.at),
  ]);
  return {
    timeZone: org?.timeZone ?? "UTC",
    now,
    stages: stageRows.map((s) => ({ key: s.key, position: s.position, journey: s.journey })),
    users: userRows.map((u) => ({ id: u.id, name: u.name, role: u.role as Role })),
    customers: customerRows.map((c) => ({ id: c.id, createdAt: c.createdAt, referredById: c.referredById, ownerId: c.ownerId })),
    purchases: purchaseRows.map((p) => ({ customerId: p.customerId, at: p.at, amountMinor: p.amountMinor })),
    feedback: feedbackRows.map((f) => ({ score: f.score, stageKey: f.stageKey, at: f.at })),
    events: eventRows.map((e) => ({ customerId: e.customerId, fromKey: e.fromKey, toKey: e.toKey, at: e.at, actorId: e.actorId })),
  };
}
