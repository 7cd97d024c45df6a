import "server-only";
import { eq, lte, sql } from "drizzle-orm";
import { spendToken, type Spend } from "@/core/api/rate-limit";
import type { Db } from "../client";
import { publicRateLimits } from "../schema";

const r = publicRateLimits;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const ms = (value: number) => sql`${value} * interval '1 millisecond'`;

/**
 * Spends one request from the key's budget (core/api/rate-limit.ts `spendToken`, the same token
 * bucket as API keys), decided by one upsert under the row's lock, so racing requests on any
 * number of processes never pass more than the budget. A refused request changes nothing.
 */
export async function spendPublicBudget(db: Db, { key, perMinute, now = new Date() }: { key: string; perMinute: number; now?: Date }): Promise<Spend> {
  const interval = 60_000 / perMinute;
  const next = sql`greatest(${r.refilledAt}, ${at(now)}) + ${ms(interval)}`;
  const rows = await db
    .insert(r)
    .values({ key, refilledAt: new Date(now.getTime() + interval) })
    .onConflictDoUpdate({ target: r.key, set: { refilledAt: next }, setWhere: sql`${next} <= ${at(now)} + interval '1 minute'` })
    .returning({ refilledAt: r.refilledAt });
  const spent = rows[0];
  if (spent) return { ok: true, refilledAt: spent.refilledAt };
  const [row] = await db.select({ refilledAt: r.refilledAt }).from(r).where(eq(r.key, key));
  const verdict = spendToken(row?.refilledAt ?? null, now, perMinute);
  return verdict.ok ? { ok: false, retryAfterSeconds: 1 } : verdict;
}

/**
 * Forgets the budgets that are whole again (`refilled_at` passed): such a row decides nothing a
 * missing row would not, so visitors' addresses are not kept past their minute. A request racing
 * the sweep either finds the row gone and starts a fresh one, or has pushed `refilled_at` forward
 * under the row's lock, and the delete, re-checking the row after that lock, keeps it.
 */
export async function deleteRefilledPublicBudgets(db: Db, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const rows = await db.delete(r).where(lte(r.refilledAt, now)).returning({ key: r.key });
  return rows.length;
}
