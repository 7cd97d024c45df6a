import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";

/** Every user of the organization, disabled ones included, for the owner's user list. */
export async function listOrgUsers(db: Db, { orgId }: { orgId: string }) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.orgId, orgId))
    .orderBy(asc(users.name), asc(users.id));
}
