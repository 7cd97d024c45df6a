import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A database or a transaction on either engine: every query and mutation takes this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Engine = "pglite" | "postgres";

/** Runs SQL text on the driver itself (several statements when there are no values): for libraries that bring their own SQL (pg-boss). */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface Connection {
  db: Db;
  engine: Engine;
  executeSql: ExecuteSql;
  close: () => Promise<void>;
}

/** The embedded engine's connection, which can also hand over its data folder (a tar) to start another from. */
export interface PgliteConnection extends Connection {
  dumpDataDir: () => Promise<Blob>;
}

export const defaultDataDir = () => path.join(process.cwd(), ".data", "pglite");

/**
 * Opens the embedded engine in `dataDir` (created when missing), or in memory without one. No
 * default folder here: tests pass nothing to get a throwaway database, and `initial`, a dumped data
 * folder, to start from it (tests/support/migrated-templates.ts).
 */
export async function openPglite(dataDir?: string, initial?: Blob): Promise<PgliteConnection> {
  const [{ PGlite }, { pg_trgm }, { drizzle }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
  ]);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: initial, extensions: { pg_trgm } });
  const db = drizzle({ client, schema, casing: undefined }) as unknown as Db;
  const executeSql: ExecuteSql = async (text, values) => {
    if (values?.length) return client.query(text, values);
    const results = await client.exec(text);
    return { rows: results.at(-1)?.rows ?? [] };
  };
  return { db, engine: "pglite", executeSql, close: () => client.close(), dumpDataDir: () => client.dumpDataDir("none") };
}

/** Opens postgres.js; int8 is parsed as a number so both engines return the same types. */
export async function openPostgres(url: string, max = 10): Promise<Connection> {
  const [{ default: postgres }, { drizzle }] = await Promise.all([
    import("postgres"),
    import("drizzle-orm/postgres-js"),
  ]);
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // JIT compiling the bigger analytics plans costs more (a few hundred ms) than it saves at these sizes.
    connection: { jit: "off" },
    types: {
      bigint: { to: 20, from: [20], serialize: (v: number) => String(v), parse: (v: string) => Number(v) },
    },
  });
  const db = drizzle({ client, schema }) as unknown as Db;
  const executeSql: ExecuteSql = async (text, values) => {
    // Objects go as JSON text and undefined as null, as node-postgres (which such libraries are written for) sends them.
    const json = (v: unknown) =>
      v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) && !Buffer.isBuffer(v) ? JSON.stringify(v) : v;
    if (values?.length) return { rows: Array.from(await client.unsafe(text, values.map(json) as never[])) };
    // Several statements (a library's own BEGIN … COMMIT) must run on one connection of the pool.
    const reserved = await client.reserve();
    try {
      const result: unknown = await reserved.unsafe(text);
      const last: unknown = Array.isArray(result) && Array.isArray(result.at(-1)) ? result.at(-1) : result;
      return { rows: Array.from(last as unknown[]) };
    } finally {
      reserved.release();
    }
  };
  return { db, engine: "postgres", executeSql, close: () => client.end({ timeout: 5 }) };
}

/** Connections the server's postgres.js pool holds at most (DATABASE_POOL_SIZE, default 10). */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  return Number(env.DATABASE_POOL_SIZE ?? 10);
}

/**
 * The read path beside `primary`: a postgres.js pool on DATABASE_READ_URL (a streaming replica,
 * never migrated: migrations reach it by replication), or `primary` itself when none is named.
 * PGlite has no replica: its one connection serves every read.
 */
export async function openReadReplica(primary: Connection, env: NodeJS.ProcessEnv = process.env): Promise<Connection> {
  const url = env.DATABASE_READ_URL;
  if (!url || primary.engine === "pglite") return primary;
  return openPostgres(url, poolSize(env));
}

export function openFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<Connection> {
  const url = env.DATABASE_URL;
  return url ? openPostgres(url, poolSize(env)) : openPglite(env.PGLITE_DIR ?? defaultDataDir());
}
