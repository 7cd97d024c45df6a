import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { DomainError } from "@/core/errors";
import type { Db } from "../client";
import { apiKeys } from "../schema";

/** Revokes a key for good (revoking it again changes nothing); authentication ignores revoked keys. */
export async function revokeApiKey(db: Db, { orgId, keyId }: { orgId: string; keyId: string }) {
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (revoked) return;
  const [existing] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.id, keyId)));
  if (!existing) throw new DomainError(404, "api_key_not_found");
}
