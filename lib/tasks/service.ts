import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { listTasks } from "@/db/queries/customer-activity";
import { listOpenTasksOf, taskWindows, type TaskListWindow } from "@/db/queries/tasks";
import type { Task } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { getCustomerFor } from "@/lib/customers/service";

export const myTasksQuerySchema = z.strictObject({ assignee: z.literal("me").default("me"), due: z.enum(taskWindows).optional() });

/** A task as the API shows it: `source` says whether a person or a playbook made it. */
export function presentTask(task: Pick<Task, "id" | "title" | "dueOn" | "doneAt" | "assigneeId" | "automationId"> & { customerId?: string }) {
  const { id, title, dueOn, doneAt, assigneeId, automationId, customerId } = task;
  return { id, customerId, title, dueOn, doneAt, assigneeId, source: automationId ? { type: "automation", automationId } : { type: "manual" } };
}

/** The caller's own open tasks (overdue, due today, this week or later this week); anyone may read their own. */
export async function listMyTasksFor(user: CurrentUser, { due, limit }: { due?: TaskListWindow; limit?: number }) {
  return listOpenTasksOf(await getDb(), { orgId: user.orgId, assigneeId: user.id, due, limit });
}

/** A customer's tasks, for those who may see the customer (404 otherwise, like the customer itself). */
export async function listCustomerTasksFor(user: CurrentUser, customerId: string) {
  await getCustomerFor(user, customerId);
  const rows = await listTasks(await getDb(), { orgId: user.orgId, customerId });
  return rows.map((row) => ({ ...row.task, automationName: row.automationName }));
}
