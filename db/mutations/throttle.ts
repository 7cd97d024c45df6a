import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { lockedUntil, WINDOW_MS, type ThrottleKind } from "@/lib/auth/throttle-policy";
import type { Db } from "../client";
import { signInThrottles } from "../schema";

/** Milliseconds until every given key may try again; 0 when none is locked. */
export async function throttleWait(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return Math.max(0, until - now.getTime());
}

/** Counts one failure for the key (a new window after an hour) and sets its lock. */
export async function recordFailure(db: Db, kind: ThrottleKind, key: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    const [row] = await tx
      .insert(signInThrottles)
      .values({ key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: signInThrottles.key,
        set: {
          failures: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${signInThrottles.windowStartedAt} < ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${signInThrottles.windowStartedAt} end`,
        },
      })
      .returning();
    if (!row) return;
    await tx
      .update(signInThrottles)
      .set({ lockedUntil: lockedUntil(kind, row.failures, row.windowStartedAt, now) })
      .where(eq(signInThrottles.key, key));
  });
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(signInThrottles).where(eq(signInThrottles.key, key));
}
