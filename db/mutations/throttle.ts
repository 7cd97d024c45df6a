import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { lockPolicy, WINDOW_MS, type ThrottleKind } from "@/core/auth/throttle-policy";
import type { Db } from "../client";
import { signInThrottles } from "../schema";

const t = signInThrottles;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** `lockedUntil` of core/auth/throttle-policy.ts in SQL, for the row's new count `failures` in the window begun at `windowStart`. */
function lockAfter(kind: ThrottleKind, failures: SQL, windowStart: SQL, now: Date): SQL {
  const { freeFailures, maxPerWindow, baseDelayMs, maxDelayMs } = lockPolicy(kind);
  return sql`case
    when ${failures} >= ${maxPerWindow} then ${windowStart} + ${WINDOW_MS} * interval '1 millisecond'
    when ${failures} < ${freeFailures} then null
    else ${at(now)} + least(${maxDelayMs}, ${baseDelayMs} * power(2, ${failures} - ${freeFailures})) * interval '1 millisecond'
  end`;
}

/**
 * Takes one sign-in attempt from the key's allowance, before the password is checked: the attempt
 * counts as a failure until the caller proves otherwise (`clearThrottle`, `releaseAttempt`). One
 * upsert both counts and decides, under the row's lock, so of any number of racing attempts no
 * more pass than the allowance; a refused attempt counts nothing. False when the key is locked.
 */
export async function reserveAttempt(db: Db, kind: ThrottleKind, key: string, now = new Date()): Promise<boolean> {
  const expired = sql`${t.windowStartedAt} <= ${at(new Date(now.getTime() - WINDOW_MS))}`;
  const failures = sql`(case when ${expired} then 1 else ${t.failures} + 1 end)`;
  const windowStart = sql`(case when ${expired} then ${at(now)} else ${t.windowStartedAt} end)`;
  const rows = await db
    .insert(t)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: sql`${lockAfter(kind, sql`1`, at(now), now)}` })
    .onConflictDoUpdate({
      target: t.key,
      set: { failures, windowStartedAt: windowStart, lockedUntil: lockAfter(kind, failures, windowStart, now) },
      setWhere: sql`${t.lockedUntil} is null or ${t.lockedUntil} <= ${at(now)} or ${expired}`,
    })
    .returning({ failures: t.failures });
  return rows.length > 0;
}

/**
 * Gives back an attempt that turned out not to be a failure (a right password for the address's
 * count, or an attempt another key refused). A lock it set stays until it runs out.
 */
export async function releaseAttempt(db: Db, key: string) {
  await db
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(eq(t.key, key));
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(t).where(eq(t.key, key));
}
