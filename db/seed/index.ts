import { sql, type SQL } from "drizzle-orm";
import type { Connection, Db } from "@/db/client";
import { queryRows } from "@/db/sql";
import { CustomerGenerator, localDateIn } from "./customer";
import { createDemoOrg, deleteOrganization, findDemoOrg } from "./demo-org";
import { seedDemoPlaybooks } from "./playbooks";
import { Rng } from "./random";
import { analyzeTables } from "./tables";
import { emptyRows, insertStatements, writeStatements, type SeedRows } from "./write";

export { DEMO_ORG_NAME, DEMO_PASSWORD, demoLogins } from "./demo-org";
export { templateStages } from "@/db/stage-template";

export interface SeedOptions {
  customers: number;
  seed: number;
  /** Where the 18 months of history end; pass it for reproducible data. Defaults to now. */
  now?: Date;
  /** Delete an existing demo organization first instead of refusing. */
  replace?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export type SeedSummary = { orgId: string } & { [K in keyof SeedRows]: number };

/** Customers generated and written per transaction: keeps memory flat at 1M customers. */
const CHUNK = 2000;

export class DemoExistsError extends Error {
  constructor() {
    super("A demo organization already exists. Pass { replace: true } (--replace) to delete and rebuild it.");
    this.name = "DemoExistsError";
  }
}

/**
 * Writes the demo organization: four staff users, the stage template and `customers`
 * customers with 18 months of history ending at `now`. Identical options give identical
 * rows (ids included), except the password hash, whose salt is random.
 */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const { customers: total, seed } = options;
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`customers must be a whole number >= 0, got ${total}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  const now = (options.now ?? new Date()).getTime();

  const existing = await findDemoOrg(db);
  if (existing && !options.replace) throw new DemoExistsError();
  if (existing) await deleteOrganization(db, existing);

  const rng = new Rng(seed);
  const { orgId, staff } = await createDemoOrg(db, rng, now);
  const localDate = localDateIn("Asia/Jerusalem");
  const generator = new CustomerGenerator(rng, { orgId, staff, seed, now, total, localDate });
  const summary: SeedSummary = { orgId, customers: 0, stageEvents: 0, touchpoints: 0, purchases: 0, feedback: 0, tasks: 0 };
  // The next chunk is generated while the previous one is written: Node and Postgres work in parallel.
  let writing: Promise<void> = Promise.resolve();
  for (let chunk = 1, from = 0; from < total; chunk++, from += CHUNK) {
    const { counts, statements } = await prepareChunk(generator, from, Math.min(total, from + CHUNK));
    await writing;
    writing = writeStatements(db, statements).then(async () => {
      for (const key of Object.keys(counts) as (keyof SeedRows)[]) summary[key] += counts[key];
      if ((chunk & (chunk - 1)) === 0) await analyzeTables(db); // each time the data has doubled
      options.onProgress?.(summary.customers, total);
    });
    writing.catch(() => {}); // awaited on the next turn; this only avoids an unhandled-rejection crash meanwhile
  }
  await writing;
  await seedDemoPlaybooks(db, { orgId, staff });
  return summary;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Generates customers [from, to) and serializes their inserts, yielding to the event loop
 * now and then so the write in flight gets its round trips meanwhile.
 */
async function prepareChunk(generator: CustomerGenerator, from: number, to: number) {
  const rows = emptyRows();
  for (let i = from; i < to; i++) {
    generator.generate(i, rows);
    if (i % 50 === 49) await nextTurn();
  }
  const counts = Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, list.length])) as Record<keyof SeedRows, number>;
  const statements: SQL[] = [];
  for (const statement of insertStatements(rows)) {
    statements.push(statement);
    await nextTurn();
  }
  return { counts, statements };
}

/** First start: seeds the demo when the database has no organization at all. */
export async function seedIfEmpty(conn: Connection, customers: number, seed = 1): Promise<boolean> {
  const [row] = await queryRows<{ empty: boolean }>(conn.db, sql`select not exists (select 1 from organizations) as empty`);
  if (!row?.empty) return false;
  await seedDemo(conn.db, { customers, seed });
  return true;
}
