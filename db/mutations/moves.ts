import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { invalid, notFound, versionConflict } from "@/lib/errors";
import { checkMove } from "@/lib/journey/transitions";
import type { Db } from "../client";
import { customers, LOST, purchases, stageEvents, stages, type Channel } from "../schema";

export interface MoveInput {
  orgId: string;
  actorId: string;
  customerId: string;
  /** Set for sales users: the customer must be theirs (otherwise it does not exist for them). */
  ownerId?: string;
  to: string;
  version: number;
  at?: Date;
  channel?: Channel | null;
  note?: string | null;
  reason?: string | null;
  purchaseAmountMinor?: number | null;
  currency?: string;
}

export async function loadStageRules(db: Db, orgId: string) {
  return db.select().from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position));
}

/**
 * Locks the target stage `for share` until commit, so a concurrent archive (which takes it `for
 * update`) either waits for this move or is seen by it: the rules may have been read before the
 * archive committed, the locked read cannot be.
 */
async function targetArchivedMeanwhile(tx: Db, orgId: string, key: string): Promise<boolean> {
  const [stage] = await tx.select({ archivedAt: stages.archivedAt }).from(stages).where(and(eq(stages.orgId, orgId), eq(stages.key, key))).for("share");
  return Boolean(stage?.archivedAt);
}

/**
 * The one way a customer changes stage (page, board, bulk, API, import): appends a stage event and
 * updates the customer's current stage and version in the caller's transaction. The version check is
 * a compare-and-set in the UPDATE, so of concurrent moves made against one version exactly one wins.
 */
export async function applyMove(tx: Db, input: MoveInput, rules?: Awaited<ReturnType<typeof loadStageRules>>) {
  const [customer] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, input.orgId), eq(customers.id, input.customerId), input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined));
  if (!customer) throw notFound();
  if (customer.version !== input.version) throw versionConflict(customer.version);

  const now = new Date();
  const at = input.at ?? now;
  if (at.getTime() > now.getTime()) throw invalid({ at: ["in_future"] });
  if (at.getTime() < customer.stageEnteredAt.getTime()) throw invalid({ at: ["before_last_move"] });

  if (input.to !== LOST && (await targetArchivedMeanwhile(tx, input.orgId, input.to))) throw invalid({ to: ["archived_stage"] });
  const issues = checkMove(rules ?? (await loadStageRules(tx, input.orgId)), {
    from: { key: customer.stageKey, lost: customer.lost },
    to: input.to,
    reason: input.reason,
    note: input.note,
    purchaseAmountMinor: input.purchaseAmountMinor,
    customer,
  });
  if (issues.length) throw invalid(Object.fromEntries(issues.map((i) => [i.field, [i.code]])));

  const toLost = input.to === LOST;
  const [updated] = await tx
    .update(customers)
    .set({
      stageKey: toLost ? customer.stageKey : input.to,
      lost: toLost,
      lostReason: toLost ? (input.reason ?? null) : null,
      stageEnteredAt: at,
      lastActivityAt: sql`greatest(${customers.lastActivityAt}, ${at.toISOString()}::timestamptz)`,
      version: sql`${customers.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(customers.orgId, input.orgId), eq(customers.id, input.customerId), eq(customers.version, input.version)))
    .returning();
  if (!updated) throw versionConflict();

  const [event] = await tx
    .insert(stageEvents)
    .values({
      orgId: input.orgId,
      customerId: input.customerId,
      fromKey: customer.lost ? LOST : customer.stageKey,
      toKey: input.to,
      at,
      actorId: input.actorId,
      channel: input.channel ?? null,
      note: input.note ?? null,
      reason: input.reason ?? null,
    })
    .returning();
  if (!event) throw new Error("stage event insert returned nothing");

  if (input.purchaseAmountMinor) {
    await tx.insert(purchases).values({
      orgId: input.orgId,
      customerId: input.customerId,
      amountMinor: input.purchaseAmountMinor,
      currency: input.currency ?? "ILS",
      at,
    });
  }
  return { customer: updated, event };
}

export function moveCustomer(db: Db, input: MoveInput) {
  return db.transaction((tx) => applyMove(tx, input));
}
