import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user;
}

const userById = (db: Db) =>
  db
    .select()
    .from(users)
    .where(and(eq(users.orgId, sql.placeholder("orgId")), eq(users.id, sql.placeholder("userId"))))
    .limit(1)
    .prepare("find_user");

/**
 * Prepared once per database handle: every request's session check runs it, and building the
 * statement with drizzle took longer than PostgreSQL takes to answer it.
 */
const prepared = new WeakMap<Db, ReturnType<typeof userById>>();

export async function findUser(db: Db, { orgId, userId }: { orgId: string; userId: string }) {
  let statement = prepared.get(db);
  if (!statement) prepared.set(db, (statement = userById(db)));
  const [user] = await statement.execute({ orgId, userId });
  return user;
}

/** Active users of an organization, for owner pickers and filters. */
export async function listActiveUsers(db: Db, { orgId }: { orgId: string }) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.orgId, orgId), isNull(users.disabledAt)))
    .orderBy(users.name);
}
