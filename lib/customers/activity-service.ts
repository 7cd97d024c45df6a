import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { addFeedback, addPurchase, addTask, addTouchpoint, setTaskDone } from "@/db/mutations/activity";
import { findCustomerName, listFeedback, listPurchases, listReferrals, listTasks, listTouchpoints } from "@/db/queries/customer-activity";
import { findOrganization } from "@/db/queries/organizations";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import type { feedbackSchema, purchaseSchema, taskSchema, touchpointSchema } from "./schemas";
import { getCustomerFor } from "./service";

const scoped = (user: CurrentUser, customerId: string) => ({ orgId: user.orgId, customerId, ...customerScope(user) });

/** Activity may be back-dated (logged after the fact); db/mutations/activity.ts refuses the future. */
const atOrNow = (at: Date | undefined): Date => at ?? new Date();

export async function addTouchpointFor(user: CurrentUser, customerId: string, input: z.infer<typeof touchpointSchema>) {
  return addTouchpoint(await getDb(), { ...scoped(user, customerId), ...input, actorId: user.id, at: atOrNow(input.at) });
}

export async function addPurchaseFor(user: CurrentUser, customerId: string, input: z.infer<typeof purchaseSchema>) {
  const db = await getDb();
  const currency = input.currency ?? (await findOrganization(db, { orgId: user.orgId }))?.currency ?? "ILS";
  return addPurchase(db, { ...scoped(user, customerId), amountMinor: input.amount, currency, note: input.note, at: atOrNow(input.at) });
}

export async function addFeedbackFor(user: CurrentUser, customerId: string, input: z.infer<typeof feedbackSchema>) {
  return addFeedback(await getDb(), { ...scoped(user, customerId), score: input.score, comment: input.comment, at: atOrNow(input.at) });
}

export async function addTaskFor(user: CurrentUser, customerId: string, input: z.infer<typeof taskSchema>) {
  return addTask(await getDb(), { ...scoped(user, customerId), title: input.title, dueOn: input.dueOn, assigneeId: input.assigneeId ?? user.id });
}

export async function setTaskDoneFor(user: CurrentUser, customerId: string, taskId: string, done: boolean) {
  return setTaskDone(await getDb(), { ...scoped(user, customerId), taskId, done });
}

/**
 * A customer's activity as its page shows it: touchpoints, purchases, feedback and tasks, the
 * customers it referred and who referred it (those the user may see). 404 for a customer out of scope.
 */
export async function listActivityFor(user: CurrentUser, customerId: string) {
  const { customer } = await getCustomerFor(user, customerId);
  const db = await getDb();
  const own = { orgId: user.orgId, customerId };
  const [touchpoints, purchases, feedback, tasks, referred, referrer] = await Promise.all([
    listTouchpoints(db, own),
    listPurchases(db, own),
    listFeedback(db, own),
    listTasks(db, own),
    listReferrals(db, scoped(user, customerId)),
    customer.referredById ? findCustomerName(db, scoped(user, customer.referredById)) : Promise.resolve(null),
  ]);
  return { touchpoints, purchases, feedback, tasks, referred, referrer };
}

export type { Feedback, Purchase, Task, Touchpoint } from "@/db/schema";
