import "server-only";
import { and, asc, desc, eq, getTableColumns } from "drizzle-orm";
import type { Db } from "../client";
import { automations, customers, feedback, leadForms, purchases, stageEvents, tasks, touchpoints, users } from "../schema";

interface OfCustomer {
  orgId: string;
  customerId: string;
}

/** The stage history, oldest first, with who made each move: a person, or a playbook (its name null once it is deleted). */
export async function listMoves(db: Db, { orgId, customerId }: OfCustomer) {
  return db
    .select({ event: stageEvents, actorName: users.name, automationName: automations.name })
    .from(stageEvents)
    .leftJoin(users, and(eq(users.orgId, stageEvents.orgId), eq(users.id, stageEvents.actorId)))
    .leftJoin(automations, and(eq(automations.orgId, stageEvents.orgId), eq(automations.id, stageEvents.automationId)))
    .where(and(eq(stageEvents.orgId, orgId), eq(stageEvents.customerId, customerId)))
    .orderBy(asc(stageEvents.at), asc(stageEvents.recordedAt));
}

/** The latest touchpoints, a form touchpoint with its form's name (archived forms too). */
export async function listTouchpoints(db: Db, { orgId, customerId }: OfCustomer) {
  return db
    .select({ ...getTableColumns(touchpoints), formName: leadForms.name })
    .from(touchpoints)
    .leftJoin(leadForms, and(eq(leadForms.orgId, touchpoints.orgId), eq(leadForms.id, touchpoints.formId)))
    .where(and(eq(touchpoints.orgId, orgId), eq(touchpoints.customerId, customerId)))
    .orderBy(desc(touchpoints.at))
    .limit(200);
}

export async function listPurchases(db: Db, { orgId, customerId }: OfCustomer) {
  return db
    .select()
    .from(purchases)
    .where(and(eq(purchases.orgId, orgId), eq(purchases.customerId, customerId)))
    .orderBy(desc(purchases.at))
    .limit(200);
}

export async function listFeedback(db: Db, { orgId, customerId }: OfCustomer) {
  return db
    .select()
    .from(feedback)
    .where(and(eq(feedback.orgId, orgId), eq(feedback.customerId, customerId)))
    .orderBy(desc(feedback.at))
    .limit(200);
}

/** The customer's tasks, open first, with the playbook that made each (null: made by hand, or the playbook is gone). */
export async function listTasks(db: Db, { orgId, customerId }: OfCustomer) {
  return db
    .select({ task: tasks, assigneeName: users.name, automationName: automations.name })
    .from(tasks)
    .leftJoin(users, and(eq(users.orgId, tasks.orgId), eq(users.id, tasks.assigneeId)))
    .leftJoin(automations, and(eq(automations.orgId, tasks.orgId), eq(automations.id, tasks.automationId)))
    .where(and(eq(tasks.orgId, orgId), eq(tasks.customerId, customerId)))
    .orderBy(asc(tasks.doneAt), asc(tasks.dueOn))
    .limit(200);
}

/** Set for sales users: only their own customers are named. */
type InScope = OfCustomer & { ownerId?: string };

const owned = (ownerId?: string) => (ownerId ? eq(customers.ownerId, ownerId) : undefined);

/** Customers this one brought in, those the reader may see. */
export async function listReferrals(db: Db, { orgId, customerId, ownerId }: InScope) {
  return db
    .select({ id: customers.id, name: customers.name, createdAt: customers.createdAt })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.referredById, customerId), owned(ownerId)))
    .orderBy(desc(customers.createdAt))
    .limit(200);
}

/** Just the name, for showing who referred a customer: null when the reader may not see the referrer. */
export async function findCustomerName(db: Db, { orgId, customerId, ownerId }: InScope) {
  const [row] = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId), owned(ownerId)));
  return row ?? null;
}
