import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { queryRows } from "@/db/sql";
import type { CurrentUser } from "@/lib/auth/session";
import type { BenchUsers } from "./endpoints";

export async function benchUsers(db: Db): Promise<BenchUsers> {
  const user = async (email: string): Promise<CurrentUser> => {
    const row = await findUserByEmail(db, email);
    if (!row) throw new Error(`no user ${email} in the demo organization`);
    return { id: row.id, orgId: row.orgId, role: row.role, email: row.email, name: row.name };
  };
  return { owner: await user("owner@demo.test"), sales: await user("sales@demo.test") };
}

/** What someone would type: the surname of the customer created halfway through the history. */
export async function surnameInTheMiddle(db: Db, orgId: string, count: number): Promise<string> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`select name from customers where org_id = ${orgId} order by created_at, id offset ${Math.floor(count / 2)} limit 1`,
  );
  return row?.name.split(" ").at(-1) ?? "a";
}
