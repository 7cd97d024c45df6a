import type { Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { mergeCustomers } from "@/db/mutations/customer-merge";
import { customers, feedback, touchpoints } from "@/db/schema";
import { and, eq } from "drizzle-orm";
import { insertHistory } from "./analytics-fixture";
import type { MapHistory } from "./reference/journey-map-reference";

/**
 * Writes a MapHistory as a new organization: its stage history, then its touchpoints and feedback;
 * the last `holdBack` stage events after them, so they re-attribute rows written before them.
 */
export async function insertMapHistory(db: Db, history: MapHistory, ownerIds: readonly string[], holdBack = 0): Promise<{ orgId: string }> {
  const { orgId, insertRest } = await insertHistory(db, history, ownerIds, holdBack);
  if (history.touchpoints.length) {
    await db.insert(touchpoints).values(history.touchpoints.map((t) => ({ orgId, customerId: t.customerId, channel: t.channel, kind: "message" as const, at: new Date(t.at) })));
  }
  if (history.feedback.length) {
    // stage_key is what the feedback form wrote; the map attributes by the history instead.
    await db.insert(feedback).values(history.feedback.map((f) => ({ orgId, id: f.id, customerId: f.customerId, score: f.score, comment: f.comment, at: new Date(f.at), stageKey: "awareness" })));
  }
  await insertRest();
  return { orgId };
}

/** Merges `mergedId` into `survivorId` in the database (as `actorId`). */
export async function mergeInDatabase(db: Db, orgId: string, actorId: string, survivorId: string, mergedId: string): Promise<void> {
  const [survivor] = await db.select({ version: customers.version }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.id, survivorId)));
  await mergeCustomers(db, { orgId, actorId, survivorId, mergedId, version: survivor?.version ?? 0 });
}

/** The same merge in a MapHistory: the merged-away customer's history leaves, its touchpoints and feedback become the survivor's. */
export function mergedHistory(history: MapHistory, survivorId: string, mergedId: string): MapHistory {
  const repoint = <T extends { customerId: string }>(row: T): T => (row.customerId === mergedId ? { ...row, customerId: survivorId } : row);
  return {
    ...history,
    customers: history.customers.filter((c) => c.id !== mergedId),
    events: history.events.filter((e) => e.customerId !== mergedId),
    touchpoints: history.touchpoints.map(repoint),
    feedback: history.feedback.map(repoint),
  };
}

/** A signed-in user of the fixture's organization, as the journey map's service takes one. */
export function mapUser(orgId: string, role: CurrentUser["role"], id: string): CurrentUser {
  return { id, orgId, role, email: "x@y.test", name: "Sam" };
}
