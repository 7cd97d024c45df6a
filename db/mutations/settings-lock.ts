import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { organizations } from "../schema";

/**
 * Serializes one organization's settings edits (stage order, the owner rule) on its row. `no key
 * update` does not block the foreign-key checks of ordinary writes, which only take key-share
 * locks. Reads after it see whatever an edit we waited for committed, because each statement takes
 * a fresh snapshot under read committed.
 */
export async function lockOrganization(tx: Db, orgId: string) {
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, orgId)).for("no key update");
}
