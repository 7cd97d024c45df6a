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

/** What someone would type to find a customer, taken from the middle of the history. */
export interface SearchSamples {
  /** The surname of the customer created halfway through. */
  surname: string;
  /** The digits alone of the first phone written with dashes from there on (053-874-6826 → 0538746826). */
  phoneDigits: string;
  /** The first surname with a Persian yeh from there on, typed with the Arabic one (محمدی → محمدي). */
  arabicYehSurname: string;
}

export async function searchSamples(db: Db, orgId: string, count: number): Promise<SearchSamples> {
  const fromMiddle = (condition: ReturnType<typeof sql>) =>
    queryRows<{ name: string; phone: string | null }>(
      db,
      sql`select name, phone from (select * from customers where org_id = ${orgId} order by created_at, id offset ${Math.floor(count / 2)}) c
          where ${condition} limit 1`,
    );
  const [middle] = await fromMiddle(sql`true`);
  const [dashed] = await fromMiddle(sql`phone like '0%-%'`);
  const [persian] = await fromMiddle(sql`split_part(name, ' ', 2) like ${"%ی%"}`);
  const surname = (name: string | undefined) => name?.split(" ").at(-1) ?? "a";
  return {
    surname: surname(middle?.name),
    phoneDigits: dashed?.phone?.replace(/\D/g, "") ?? "0500000000",
    arabicYehSurname: surname(persian?.name).replaceAll("\u06cc", "\u064a"),
  };
}
