import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type Connection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { storedAggregate } from "@/db/queries/analytics-funnel-aggregate";
import { storedPaths } from "@/db/queries/analytics-funnel-paths";
import { seedDemo } from "@/db/seed";
import { bulkSeedDemo } from "@/db/seed/bulk-load";
import { queryRows } from "@/db/sql";
import { createTempPostgres } from "../support/engines";
import { snapshotAggregates } from "../support/retention-aggregates";

const now = new Date("2026-03-15T10:00:00Z");
const CUSTOMERS = 400;
const url = process.env.TEST_DATABASE_URL;

async function tempDatabase() {
  const temp = await createTempPostgres(url ?? "");
  const conn = await openPostgres(temp.url, 2);
  await runMigrations(conn);
  return { url: temp.url, conn, close: async () => (await conn.close(), await temp.drop()) };
}

/** One line per row of the base tables (ids included), users aside: their password hashes are salted. */
async function baseRows(conn: Connection) {
  const table = async (name: string, order: string) =>
    (await queryRows<{ row: string }>(conn.db, sql`select t::text as row from ${sql.identifier(name)} t order by ${sql.raw(order)}`)).map((r) => r.row);
  const tables = ["organizations", "stages", "customers", "stage_events", "touchpoints", "purchases", "feedback", "tasks"];
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await table(name, name === "stages" ? "key" : "id")])));
}

const count = async (conn: Connection, query: SQL) => (await queryRows<{ n: number }>(conn.db, sql`select (${query})::int as n`))[0]?.n;

describe.skipIf(!url)("bulkSeedDemo [postgres]", () => {
  let triggered: Awaited<ReturnType<typeof tempDatabase>>;
  let bulk: Awaited<ReturnType<typeof tempDatabase>>;
  let orgId = "";

  beforeAll(async () => {
    [triggered, bulk] = await Promise.all([tempDatabase(), tempDatabase()]);
    await seedDemo(triggered.conn.db, { customers: CUSTOMERS, seed: 7, now });
    orgId = (await bulkSeedDemo(bulk.url, { customers: CUSTOMERS, seed: 7, now })).orgId;
  });
  afterAll(async () => {
    await Promise.all([triggered?.close(), bulk?.close()]);
  });

  it("writes the rows seedDemo writes, and the aggregates its triggers keep", async () => {
    expect(await baseRows(bulk.conn)).toEqual(await baseRows(triggered.conn));
    expect(await snapshotAggregates(bulk.conn.db, orgId)).toEqual(await snapshotAggregates(triggered.conn.db, orgId));
    expect(await storedAggregate(bulk.conn.db, { orgId })).toEqual(await storedAggregate(triggered.conn.db, { orgId }));
    expect(await storedPaths(bulk.conn.db, { orgId })).toEqual(await storedPaths(triggered.conn.db, { orgId }));
  });

  it("puts back every index it dropped for the load", async () => {
    const indexes = (conn: Connection) =>
      queryRows<{ name: string }>(conn.db, sql`select indexname as name from pg_indexes where schemaname = 'public' order by 1`);
    expect(await indexes(bulk.conn)).toEqual(await indexes(triggered.conn));
  });

  it("with revisits, writes about ten stage events per customer, chained and matching the customer rows", async () => {
    const dense = await tempDatabase();
    try {
      const summary = await bulkSeedDemo(dense.url, { customers: CUSTOMERS, seed: 7, now, revisits: 7 });
      expect(summary.stageEvents / CUSTOMERS).toBeGreaterThan(8);
      expect(summary.stageEvents / CUSTOMERS).toBeLessThan(12);
      const broken = await count(dense.conn, sql`
        select count(*) from (
          select e.from_key, e.at, c.version, c.stage_key, c.lost, c.stage_entered_at,
            lag(e.to_key) over w as prev_key, lag(e.at) over w as prev_at,
            row_number() over w as n, count(*) over (partition by e.customer_id) as events,
            last_value(e.to_key) over (w rows between unbounded preceding and unbounded following) as last_key,
            last_value(e.at) over (w rows between unbounded preceding and unbounded following) as last_at
          from stage_events e join customers c on c.org_id = e.org_id and c.id = e.customer_id
          window w as (partition by e.customer_id order by e.at)
        ) h
        where (n > 1 and (from_key is distinct from prev_key or at <= prev_at))
           or version <> events or stage_entered_at <> last_at
           or (not lost and stage_key <> last_key) or (lost <> (last_key = 'lost'))`);
      expect(broken).toBe(0);
    } finally {
      await dense.close();
    }
  });
});
