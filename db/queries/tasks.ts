import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";

export const taskWindows = ["overdue", "today", "week"] as const;
export type TaskWindow = (typeof taskWindows)[number];
/** The API's windows, and the home card's "later this week": tomorrow through the next six days. */
export type TaskListWindow = TaskWindow | "laterThisWeek";

export interface TaskRow {
  id: string;
  customerId: string;
  customerName: string;
  title: string;
  dueOn: string;
  doneAt: Date | null;
  assigneeId: string | null;
  automationId: string | null;
}

/**
 * The assignee's open tasks by due day in the organization's time zone: `overdue` before today,
 * `today`, `week` from today through the next six days, `laterThisWeek` the same without today; no
 * window: all three. Served by
 * tasks_assignee_open_idx. Within a day the newest come first (a playbook's task just made is on top).
 */
export async function listOpenTasksOf(db: Db, { orgId, assigneeId, due, limit = 100 }: { orgId: string; assigneeId: string; due?: TaskListWindow; limit?: number }) {
  const today = sql`(now() at time zone (select time_zone from organizations where id = ${orgId}))::date`;
  const windows: Record<TaskListWindow, ReturnType<typeof sql>> = {
    overdue: sql`t.due_on < ${today}`,
    today: sql`t.due_on = ${today}`,
    week: sql`t.due_on between ${today} and ${today} + 6`,
    laterThisWeek: sql`t.due_on between ${today} + 1 and ${today} + 6`,
  };
  const window = due ? windows[due] : sql`t.due_on <= ${today} + 6`;
  return queryRows<TaskRow>(
    db,
    sql`select t.id, t.customer_id as "customerId", c.name as "customerName", t.title, t.due_on::text as "dueOn", t.done_at as "doneAt",
          t.assignee_id as "assigneeId", t.automation_id as "automationId"
        from tasks t join customers c on c.org_id = t.org_id and c.id = t.customer_id
        where t.org_id = ${orgId} and t.assignee_id = ${assigneeId} and t.done_at is null and ${window}
        order by t.due_on, t.created_at desc, t.id
        limit ${limit}`,
  );
}
