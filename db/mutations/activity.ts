import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invalid, notFound } from "@/core/errors";
import type { Db } from "../client";
import { customers, feedback, purchases, tasks, touchpoints, type Channel, type TouchpointKind } from "../schema";
import { assertActiveUser } from "./customer-references";

interface OnCustomer {
  orgId: string;
  customerId: string;
  /** Set for sales users: the customer must be theirs. */
  ownerId?: string;
}

/**
 * Locks the customer row (so activity and moves serialise) and returns it, or 404. Activity may be
 * back-dated but never dated in the future; that is checked after the customer is found, so a
 * customer the caller may not see is a 404 whatever the body says.
 */
async function lockCustomer(tx: Db, { orgId, customerId, ownerId }: OnCustomer, at?: Date) {
  const [customer] = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId), ownerId ? eq(customers.ownerId, ownerId) : undefined))
    .for("update");
  if (!customer) throw notFound();
  if (at && at.getTime() > Date.now()) throw invalid({ at: ["in_future"] });
  return customer;
}

/** A contact counts as activity: it resets the customer's staleness clock. */
export async function addTouchpoint(
  db: Db,
  input: OnCustomer & { actorId: string; channel: Channel; kind: TouchpointKind; at: Date; note?: string | null },
) {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input, input.at);
    const [row] = await tx
      .insert(touchpoints)
      .values({ orgId: input.orgId, customerId: customer.id, actorId: input.actorId, channel: input.channel, kind: input.kind, at: input.at, note: input.note ?? null })
      .returning();
    await tx
      .update(customers)
      .set({ lastActivityAt: sql`greatest(${customers.lastActivityAt}, ${input.at.toISOString()}::timestamptz)` })
      .where(and(eq(customers.orgId, input.orgId), eq(customers.id, customer.id)));
    return row;
  });
}

export async function addPurchase(db: Db, input: OnCustomer & { amountMinor: number; currency: string; at: Date; note?: string | null }) {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input, input.at);
    const [row] = await tx
      .insert(purchases)
      .values({ orgId: input.orgId, customerId: customer.id, amountMinor: input.amountMinor, currency: input.currency, at: input.at, note: input.note ?? null })
      .returning();
    return row;
  });
}

/** Feedback remembers the stage the customer was in, for NPS per stage. */
export async function addFeedback(db: Db, input: OnCustomer & { score: number; comment?: string | null; at: Date }) {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input, input.at);
    const [row] = await tx
      .insert(feedback)
      .values({ orgId: input.orgId, customerId: customer.id, score: input.score, comment: input.comment ?? null, stageKey: customer.stageKey, at: input.at })
      .returning();
    return row;
  });
}

export async function addTask(db: Db, input: OnCustomer & { title: string; dueOn: string; assigneeId: string }) {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input);
    await assertActiveUser(tx, { orgId: input.orgId, userId: input.assigneeId, field: "assigneeId" });
    const [row] = await tx
      .insert(tasks)
      .values({ orgId: input.orgId, customerId: customer.id, title: input.title, dueOn: input.dueOn, assigneeId: input.assigneeId })
      .returning();
    return row;
  });
}

export async function setTaskDone(db: Db, input: OnCustomer & { taskId: string; done: boolean }) {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, input);
    const [row] = await tx
      .update(tasks)
      .set({ doneAt: input.done ? new Date() : null })
      .where(and(eq(tasks.orgId, input.orgId), eq(tasks.customerId, customer.id), eq(tasks.id, input.taskId)))
      .returning();
    if (!row) throw notFound();
    return row;
  });
}
