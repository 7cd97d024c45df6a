import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { listCustomers } from "@/db/queries/customers";
import { countCustomersByStage, countMovesSince, countOpenTasks, startOfWeek, upcomingBirthdays } from "@/db/queries/home";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";

/*
 * The home page's figures: the whole organization for owners and managers, their own book for a
 * sales user (customerScope), so every widget shows the same customers.
 */

/**
 * Per-request memoised: the KPIs and the stage table stream in their own Suspense boundaries but
 * share one count. Arguments are primitives so React's cache can key on them.
 */
const stageCounts = cache(async (orgId: string, ownerId: string | undefined) => countCustomersByStage(await getDb(), { orgId, ownerId }));

export async function countCustomersByStageFor(user: CurrentUser) {
  return stageCounts(user.orgId, customerScope(user).ownerId);
}

/**
 * Moves in scope since the week began in `timeZone` (`weekStart`: its first weekday, 0 = Sunday),
 * and a sales user's open tasks (null for the other roles).
 */
export async function countWeekFor(user: CurrentUser, { timeZone, weekStart }: { timeZone: string; weekStart: number }) {
  const db = await getDb();
  const since = await startOfWeek(db, { timeZone, weekStart });
  const [moves, openTasks] = await Promise.all([
    countMovesSince(db, { orgId: user.orgId, ...customerScope(user), since }),
    user.role === "sales" ? countOpenTasks(db, { orgId: user.orgId, assigneeId: user.id }) : Promise.resolve(null),
  ]);
  return { since, moves, openTasks };
}

/** Retention care (SPEC §2): birthdays in the next `days`, and the ten retention customers nobody contacted the longest. */
export async function listRetentionCareFor(user: CurrentUser, { timeZone, days }: { timeZone: string; days: number }) {
  const db = await getDb();
  const scope = { orgId: user.orgId, ...customerScope(user) };
  const [birthdays, waiting] = await Promise.all([
    upcomingBirthdays(db, { ...scope, timeZone, days }),
    listCustomers(db, { ...scope, journey: "retention", stale: true, lost: false, sort: "lastActivityAt", dir: "asc", limit: 10 }),
  ]);
  return { birthdays, waiting: waiting.items };
}
