import "server-only";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { defaultDataDir, openFromEnv, openReadReplica, type Connection, type Engine } from "./client";
import { runMigrations } from "./migrate";
import { queryRows } from "./sql";

const key = Symbol.for("masir.db");
const readKey = Symbol.for("masir.db.read");
type Holder = { [key]?: Promise<Connection>; [readKey]?: Promise<Connection> };

/** Tells CLI tools that this process holds the embedded data folder (PGlite is single-process). */
function claimDataDir() {
  const pidFile = path.join(process.env.PGLITE_DIR ?? defaultDataDir(), "server.pid");
  mkdirSync(path.dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, String(process.pid));
  process.once("exit", () => rmSync(pidFile, { force: true }));
}

async function open(): Promise<Connection> {
  const conn = await openFromEnv();
  if (conn.engine === "pglite") claimDataDir();
  await runMigrations(conn);
  return conn;
}

/**
 * The server's one connection, migrated on first use. Kept on globalThis because Next bundles
 * routes separately and two PGlite instances on one data folder would corrupt it.
 */
export function connection(): Promise<Connection> {
  const holder = globalThis as Holder;
  holder[key] ??= open();
  return holder[key];
}

/**
 * Where reads that tolerate replica lag go: a streaming replica of the primary when
 * DATABASE_READ_URL names one (PostgreSQL only), else the primary itself. The primary is opened
 * first, so its migrations have run (and replayed) before anything reads the replica.
 */
export function readConnection(): Promise<Connection> {
  const holder = globalThis as Holder;
  holder[readKey] ??= connection().then((primary) => openReadReplica(primary));
  return holder[readKey];
}

/**
 * Makes `conn` the process's connection (and `read` its read path, else `conn` too): for tools
 * that run the server's lib functions in their own process (the bench, the db tests).
 */
export function provideConnection(conn: Connection, read: Connection = conn): void {
  const holder = globalThis as Holder;
  holder[key] = Promise.resolve(conn);
  holder[readKey] = Promise.resolve(read);
}

/** The primary: every write, and the reads that must see the caller's own writes (the board after a move, a customer page after an edit). */
export async function getDb() {
  return (await connection()).db;
}

/** The read path: analytics, lists, exports and search, which tolerate the replica's lag (docs/scaling.md). */
export async function readDb() {
  return (await readConnection()).db;
}

export type { Db, Engine } from "./client";

export interface DatabaseHealth {
  engine: Engine;
  /** The read path: the primary itself, or a replica with its replay lag (null when it has replayed everything it received). */
  read: { on: "primary" } | { on: "replica"; lagSeconds: number | null };
}

/** Which engine serves the server and where reads go, once both have answered a query (the health check). */
export async function pingDatabase(): Promise<DatabaseHealth> {
  const [primary, read] = await Promise.all([connection(), readConnection()]);
  await primary.db.execute(sql`select 1`);
  if (read === primary) return { engine: primary.engine, read: { on: "primary" } };
  const [row] = await queryRows<{ inRecovery: boolean; lagSeconds: number | null }>(
    read.db,
    sql`select pg_is_in_recovery() as "inRecovery",
          case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then null
               else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end as "lagSeconds"`,
  );
  if (!row?.inRecovery) throw new Error("DATABASE_READ_URL names a server that is not a replica (pg_is_in_recovery() is false)");
  return { engine: primary.engine, read: { on: "replica", lagSeconds: row.lagSeconds } };
}
