import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys, users } from "../schema";

/** The organization's API keys, newest first, with who created them (the user a key acts as). Never the hash. */
export async function listApiKeys(db: Db, { orgId }: { orgId: string }) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      userName: users.name,
    })
    .from(apiKeys)
    .innerJoin(users, and(eq(users.orgId, apiKeys.orgId), eq(users.id, apiKeys.userId)))
    .where(eq(apiKeys.orgId, orgId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}
