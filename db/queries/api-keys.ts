import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys, users } from "../schema";

/** The active user behind an unrevoked key hash, if any. */
export async function findApiKeyUser(db: Db, hash: string) {
  const [row] = await db
    .select({ key: apiKeys, user: users })
    .from(apiKeys)
    .innerJoin(users, and(eq(users.orgId, apiKeys.orgId), eq(users.id, apiKeys.userId)))
    .where(and(eq(apiKeys.hash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row;
}
