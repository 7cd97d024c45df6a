import { sql } from "drizzle-orm";
import { openPostgres, type Connection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { bulkSeedDemo } from "@/db/seed/bulk-load";
import { findDemoOrg } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import type { BenchDatabase } from "./database";
import type { BenchReport } from "./report";

export type Scale = BenchReport["scale"];

/** Back-and-forth visits per customer, up to: with the generated journeys, about ten stage events each. */
const REVISITS = 7;

/**
 * A migrated database holding the demo organization with `customers` customers: seeded now, or
 * one a `--keep` run left behind.
 */
export async function prepareData(target: BenchDatabase, customers: number, seed: number): Promise<{ orgId: string; scale: Scale }> {
  const conn = await openPostgres(target.url, 2);
  try {
    await runMigrations(conn);
    const existing = await findDemoOrg(conn.db);
    if (existing) {
      const scale = await measureScale(conn, existing);
      if (scale.customers === customers && (await hasAggregates(conn, existing))) {
        console.log("Reusing the demo organization already in the database.");
        return { orgId: existing, scale };
      }
      throw new Error(
        `The database already holds a demo organization of ${scale.customers.toLocaleString("en")} customers, or an incomplete one. ` +
          (target.drop ? "Drop it (a run kept with --keep stopped while seeding?)." : "Point DATABASE_URL at another database, or unset it."),
      );
    }
    const started = performance.now();
    const { orgId } = await bulkSeedDemo(target.url, { customers, seed, revisits: REVISITS, onProgress: progressLine(started) });
    console.log(`\n  seeded in ${clock((performance.now() - started) / 1000)}`);
    return { orgId, scale: await measureScale(conn, orgId) };
  } finally {
    await conn.close();
  }
}

async function measureScale(conn: Connection, orgId: string): Promise<Scale> {
  const [row] = await queryRows<Scale>(
    conn.db,
    sql`select (select count(*) from customers where org_id = ${orgId})::int as customers,
      (select count(*) from stage_events where org_id = ${orgId})::int as "stageEvents",
      (select count(*) from purchases where org_id = ${orgId})::int as purchases`,
  );
  if (!row) throw new Error("counting the demo organization's rows returned nothing");
  return row;
}

/** A seed that stopped half-way has customers but no aggregates (they are built last). */
async function hasAggregates(conn: Connection, orgId: string): Promise<boolean> {
  const [row] = await queryRows<{ built: boolean }>(conn.db, sql`select exists (select 1 from funnel_cohort_days where org_id = ${orgId}) as built`);
  return row?.built ?? false;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

/** One line, rewritten in place: customers written, time spent and left; then the closing phases. */
function progressLine(started: number) {
  let phase = "";
  const phases = { indexes: "building the indexes", aggregates: "building the aggregates", vacuum: "vacuuming" };
  return (done: number, total: number, current: "rows" | keyof typeof phases) => {
    const elapsed = (performance.now() - started) / 1000;
    if (current === "rows") {
      const left = done > 0 ? (elapsed / done) * (total - done) : 0;
      const n = (x: number) => x.toLocaleString("en");
      process.stdout.write(`\r  seeding ${n(done)} / ${n(total)} customers · ${clock(elapsed)} elapsed · about ${clock(left)} left   `);
    } else if (current !== phase) {
      process.stdout.write(`\n  ${clock(elapsed)} ${phases[current]}…`);
    }
    phase = current;
  };
}
