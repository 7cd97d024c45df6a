import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

interface OfUser {
  orgId: string;
  userId: string;
}

/** The user's latest notifications and how many are unread (served by the two notifications indexes). */
export async function listNotifications(db: Db, { orgId, userId, limit = 20 }: OfUser & { limit?: number }) {
  const mine = and(eq(notifications.orgId, orgId), eq(notifications.userId, userId));
  const [items, [unread]] = await Promise.all([
    db.select().from(notifications).where(mine).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  return { items, unread: unread?.n ?? 0 };
}
