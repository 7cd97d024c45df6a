import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

/** Marks the user's notifications read: the named ones, or all when none is named. Someone else's ids change nothing. */
export async function markNotificationsRead(db: Db, { orgId, userId, ids }: { orgId: string; userId: string; ids?: string[] }) {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.orgId, orgId), eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
}
