import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mergeCustomers } from "@/db/mutations/customer-merge";
import { customers } from "@/db/schema";

/**
 * Merges `pairs` pairs of the organization's customers, each the next two of a list ordered by a
 * seeded hash (so they have unrelated histories: different stages, owners, purchases, referrals).
 */
export async function mergeSomeCustomers(db: Db, orgId: string, actorId: string, pairs: number, seed: number) {
  const picked = await db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.orgId, orgId))
    .orderBy(sql`md5(${customers.id}::text || ${String(seed)})`)
    .limit(pairs * 2);
  for (let i = 0; i + 1 < picked.length; i += 2) {
    const [survivor, merged] = [picked[i]?.id ?? "", picked[i + 1]?.id ?? ""];
    const [current] = await db.select({ version: customers.version }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.id, survivor)));
    await mergeCustomers(db, { orgId, actorId, survivorId: survivor, mergedId: merged, version: current?.version ?? 0 });
  }
}
