import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { organizations } from "../schema";

export async function findOrganization(db: Db, { orgId }: { orgId: string }) {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  return org;
}
