import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";

/** Ends every session of a user (sign-out, password reset, disable). */
export async function bumpSessionVersion(db: Db, { orgId, userId }: { orgId: string; userId: string }) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
}
