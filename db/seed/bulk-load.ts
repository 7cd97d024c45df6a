import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import { getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { customers, feedback, purchases, stageEvents, tasks, touchpoints } from "@/db/schema";
import { withoutSecondaryIndexes } from "./bulk-indexes";
import { CustomerGenerator, localDateIn } from "./customer";
import { copyColumns, copyLines } from "./copy-text";
import { createDemoOrg, findDemoOrg } from "./demo-org";
import { seedDemoPlaybooks } from "./playbooks";
import { DemoExistsError, type SeedSummary } from "./index";
import { Rng } from "./random";
import { analyzeTables } from "./tables";
import { emptyRows, type SeedRows } from "./write";

export interface BulkSeedOptions {
  customers: number;
  seed: number;
  now?: Date;
  /** Up to this many back-and-forth visits per customer (see CustomerGenerator). */
  revisits?: number;
  onProgress?: (done: number, total: number, phase: "rows" | "indexes" | "aggregates" | "vacuum") => void;
}

const tables: Record<keyof SeedRows, PgTable> = { customers, stageEvents, touchpoints, purchases, feedback, tasks };

/** Customers generated between two writes: large enough for cheap writes, small enough for flat memory. */
const CHUNK = 5000;

/**
 * The demo organization of `seedDemo`, written into PostgreSQL through one COPY stream per table,
 * for benchmark sizes (a million customers in minutes). The aggregate triggers are off on the
 * loading sessions (`session_replication_role = replica`, which needs a superuser) and the
 * aggregates are rebuilt once at the end by the same functions a time-zone change uses, so they
 * equal what the triggers would have kept; so is the journey map's attribution of touchpoints and
 * feedback (`journey_map_attribute_org`) and its facts (`journey_map_rebuild_org`). Foreign keys are not checked while loading: the
 * generator only refers to rows it has made. In a database with no other organization the
 * secondary indexes are dropped for the load and built again after it.
 */
export async function bulkSeedDemo(url: string, options: BulkSeedOptions): Promise<SeedSummary> {
  const { customers: total, seed, onProgress } = options;
  const now = (options.now ?? new Date()).getTime();
  const conn = await openPostgres(url, 2);
  const client = postgres(url, { max: Object.keys(tables).length, onnotice: () => {} });
  try {
    if (await findDemoOrg(conn.db)) throw new DemoExistsError();
    const [{ alone } = { alone: false }] = await client<{ alone: boolean }[]>`select not exists (select 1 from organizations) as alone`;
    const rng = new Rng(seed);
    const { orgId, staff } = await createDemoOrg(conn.db, rng, now);
    const generator = new CustomerGenerator(rng, {
      orgId, staff, seed, now, total, localDate: localDateIn("Asia/Jerusalem"), revisits: options.revisits,
    });
    const load = async () => {
      const counts = await copyCustomers(client, generator, total, onProgress);
      // Statistics that know the new organization's rows: with another organization's, the planner
      // takes this one for a few rows and runs the attribution as a nested loop over a window sort
      // per row (quadratic: still running after 15 minutes for a second 100k organization).
      await analyzeTables(conn.db);
      // Before the secondary indexes are built, so the update does not maintain them row by row;
      // triggers off, like the load, so feedback's loyalty triggers do not see the update.
      await withWorkMem(client, async (session) => {
        await session`set session_replication_role = replica`;
        await session`select journey_map_attribute_org(${orgId}::uuid)`;
        await session`set session_replication_role = origin`;
      });
      onProgress?.(total, total, "indexes");
      return counts;
    };
    const tableNames = Object.values(tables).map((table) => getTableName(table));
    // Dropping indexes is only safe in a database no other organization is using.
    const counts = alone ? await withoutSecondaryIndexes(client, tableNames, load) : await load();
    onProgress?.(total, total, "aggregates");
    await analyzeTables(conn.db);
    await Promise.all([
      withWorkMem(client, (session) => session`select funnel_cohort_days_rebuild(${orgId}::uuid)`),
      withWorkMem(client, (session) => session`select retention_rebuild_org(${orgId}::uuid)`),
      client`select funnel_paths_rebuild(${orgId}::uuid)`,
      withWorkMem(client, (session) => session`select customer_stage_counts_rebuild(${orgId}::uuid), owner_move_hours_rebuild(${orgId}::uuid), assignee_open_tasks_rebuild(${orgId}::uuid)`),
      withWorkMem(client, (session) => session`select journey_map_rebuild_org(${orgId}::uuid)`),
    ]);
    onProgress?.(total, total, "vacuum");
    // As autovacuum would leave it before long: statistics, and the visibility map index-only scans need.
    await client`vacuum (analyze)`;
    await seedDemoPlaybooks(conn.db, { orgId, staff });
    return { orgId, ...counts };
  } finally {
    await client.end({ timeout: 5 });
    await conn.close();
  }
}

/** A rebuild groups and sorts millions of rows: on its own session with room to do that in memory. */
async function withWorkMem(client: postgres.Sql, run: (session: postgres.ReservedSql) => Promise<unknown>) {
  const session = await client.reserve();
  try {
    await session`set work_mem = '256MB'`;
    await run(session);
  } finally {
    session.release();
  }
}

type CopyTarget = { stream: Writable; keys: string[]; release: () => void };

/** Generates the customers and their activity and streams them into the tables; the row counts. */
async function copyCustomers(client: postgres.Sql, generator: CustomerGenerator, total: number, onProgress: BulkSeedOptions["onProgress"]) {
  const counts: Record<keyof SeedRows, number> = { customers: 0, stageEvents: 0, touchpoints: 0, purchases: 0, feedback: 0, tasks: 0 };
  const targets = new Map<keyof SeedRows, CopyTarget>();
  try {
    for (let from = 0; from < total; from += CHUNK) {
      const rows = await generateChunk(generator, from, Math.min(total, from + CHUNK));
      for (const key of Object.keys(tables) as (keyof SeedRows)[]) {
        const list = rows[key] as Record<string, unknown>[];
        const first = list[0];
        if (!first) continue;
        let target = targets.get(key);
        if (!target) {
          target = await openCopy(client, tables[key], first);
          targets.set(key, target);
        }
        counts[key] += list.length;
        if (!target.stream.write(copyLines(list, target.keys))) await once(target.stream, "drain");
      }
      onProgress?.(counts.customers, total, "rows");
    }
    for (const { stream } of targets.values()) {
      stream.end();
      await finished(stream);
    }
    return counts;
  } finally {
    for (const { stream, release } of targets.values()) {
      stream.destroy();
      release();
    }
  }
}

/** A COPY … FROM STDIN on its own session, with the user triggers off for that session only. */
async function openCopy(client: postgres.Sql, table: PgTable, first: Record<string, unknown>) {
  const { keys, names } = copyColumns(table, first);
  const session = await client.reserve();
  await session`set session_replication_role = replica`;
  const stream = await session`copy ${session(getTableName(table))} (${session(names)}) from stdin`.writable();
  return { stream, keys, release: () => session.release() };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Customers [from, to), yielding now and then so the COPY streams get their bytes out meanwhile. */
async function generateChunk(generator: CustomerGenerator, from: number, to: number): Promise<SeedRows> {
  const rows = emptyRows();
  for (let i = from; i < to; i++) {
    generator.generate(i, rows);
    if (i % 100 === 99) await nextTurn();
  }
  return withPurchaseTotals(rows);
}

/**
 * The totals the purchases triggers (off while loading) would keep: a customer's purchases are
 * generated with it, so they are all in its chunk.
 */
function withPurchaseTotals(rows: SeedRows): SeedRows {
  const totals = new Map<string, number>();
  for (const p of rows.purchases) totals.set(p.customerId, (totals.get(p.customerId) ?? 0) + p.amountMinor);
  for (const c of rows.customers) c.purchasesMinor = (c.id && totals.get(c.id)) || 0;
  return rows;
}
