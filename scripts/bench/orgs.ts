import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { bulkSeedDemo } from "@/db/seed/bulk-load";
import { queryRows } from "@/db/sql";

/** Back-and-forth visits per customer, as the one-organization bench seeds them. */
const REVISITS = 7;

export interface BenchOrg {
  orgId: string;
  name: string;
  /** The organization's first sales user: moves are made as them. */
  salesEmail: string;
  salesId: string;
}

export const benchOrgName = (index: number) => `Bench org ${index}`;
/** owner@demo.test → owner+org3@demo.test: sign-in emails are unique across tenants. */
const renamedEmail = (index: number) => sql`split_part(email, '@', 1) || ${`+org${index}@`} || split_part(email, '@', 2)`;

/**
 * `count` organizations of `customers` customers each, seeded one after another by the demo's bulk
 * loader (seed = index, so each has its own ids and data) and renamed as each one is done, so the
 * next load finds no demo organization; organizations a `--keep` run left behind are reused.
 */
export async function prepareOrgs(url: string, count: number, customers: number): Promise<BenchOrg[]> {
  const conn = await openPostgres(url, 2);
  try {
    await runMigrations(conn);
    const orgs: BenchOrg[] = [];
    for (let index = 1; index <= count; index++) {
      const existing = await findBenchOrg(conn.db, index);
      if (existing && existing.customers !== customers) {
        throw new Error(`${benchOrgName(index)} holds ${existing.customers} customers, not ${customers}: drop the database first`);
      }
      if (!existing) {
        const started = performance.now();
        const { orgId } = await bulkSeedDemo(url, { customers, seed: index, revisits: REVISITS });
        await conn.db.transaction(async (tx) => {
          await tx.execute(sql`update organizations set is_demo = false, name = ${benchOrgName(index)} where id = ${orgId}`);
          await tx.execute(sql`update users set email = ${renamedEmail(index)} where org_id = ${orgId}`);
        });
        console.log(`  ${benchOrgName(index)}: ${customers.toLocaleString("en")} customers seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
      const found = await findBenchOrg(conn.db, index);
      if (!found) throw new Error(`${benchOrgName(index)} is missing after seeding`);
      orgs.push(found.org);
    }
    return orgs;
  } finally {
    await conn.close();
  }
}

async function findBenchOrg(db: Parameters<typeof queryRows>[0], index: number) {
  const [row] = await queryRows<BenchOrg & { customers: number }>(
    db,
    sql`select o.id as "orgId", o.name, u.email as "salesEmail", u.id as "salesId",
          (select count(*) from customers c where c.org_id = o.id)::int as customers
        from organizations o join users u on u.org_id = o.id and u.role = 'sales'
        where o.name = ${benchOrgName(index)} order by u.email limit 1`,
  );
  return row ? { customers: row.customers, org: { orgId: row.orgId, name: row.name, salesEmail: row.salesEmail, salesId: row.salesId } } : null;
}
