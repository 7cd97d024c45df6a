import "server-only";
import { and, eq } from "drizzle-orm";
import { spendToken, type Spend } from "@/core/api/rate-limit";
import type { Db } from "../client";
import { apiKeys } from "../schema";

export async function insertApiKey(
  db: Db,
  input: { orgId: string; userId: string; name: string; prefix: string; hash: string },
) {
  const [row] = await db.insert(apiKeys).values(input).returning();
  if (!row) throw new Error("api key insert returned nothing");
  return row;
}

/**
 * One request made with a key: spends from its rate budget and, when allowed, records the use. The
 * budget lives on the key's row, locked for the read-and-write, so it holds across restarts and
 * across several server processes sharing the database.
 */
export async function spendApiKeyRequest(
  db: Db,
  { orgId, keyId, perMinute, now = new Date() }: { orgId: string; keyId: string; perMinute: number; now?: Date },
): Promise<Spend> {
  const where = and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, keyId));
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ rateRefilledAt: apiKeys.rateRefilledAt }).from(apiKeys).where(where).for("update");
    const spend = spendToken(row?.rateRefilledAt ?? null, now, perMinute);
    if (spend.ok) await tx.update(apiKeys).set({ lastUsedAt: now, rateRefilledAt: spend.refilledAt }).where(where);
    return spend;
  });
}
