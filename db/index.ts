import "server-only";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { defaultDataDir, openFromEnv, type Connection, type Engine } from "./client";
import { runMigrations } from "./migrate";

const key = Symbol.for("masir.db");
type Holder = { [key]?: Promise<Connection> };

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

/** Makes `conn` the process's connection: for tools that run the server's lib functions in their own process (the bench). */
export function provideConnection(conn: Connection): void {
  (globalThis as Holder)[key] = Promise.resolve(conn);
}

export async function getDb() {
  return (await connection()).db;
}

export type { Db, Engine } from "./client";

/** Which engine serves the server, once it has answered a query (the health check). */
export async function pingDatabase(): Promise<Engine> {
  const { db, engine } = await connection();
  await db.execute(sql`select 1`);
  return engine;
}
