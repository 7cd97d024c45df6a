import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openPglite, openPostgres, type Connection, type Engine } from "@/db/client";
import { runMigrations } from "@/db/migrate";

/** A fresh database on the server named by `url`, dropped by the returned `drop`. */
export async function createTempPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `masir_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** A migrated, empty database on the given engine (in-memory PGlite, or a throwaway Postgres database). */
export async function openTestDb(engine: Engine): Promise<Connection> {
  if (engine === "pglite") {
    const conn = await openPglite(undefined);
    await runMigrations(conn);
    return conn;
  }
  const temp = await createTempPostgres(process.env.TEST_DATABASE_URL ?? "");
  const conn = await openPostgres(temp.url, 4);
  await runMigrations(conn);
  return { ...conn, close: async () => (await conn.close(), await temp.drop()) };
}

/**
 * Declares the same suite once per engine: PGlite always, Postgres when TEST_DATABASE_URL is set.
 * The suite title names the engine so the output shows which one ran.
 */
export function describeOnEngines(title: string, suite: (db: () => Connection) => void) {
  for (const engine of engines) {
    describe(`${title} [${engine}]`, () => {
      let conn: Connection | undefined;
      beforeAll(async () => {
        conn = await openTestDb(engine);
      });
      afterAll(async () => {
        await conn?.close();
      });
      suite(() => {
        if (!conn) throw new Error("database not open yet");
        return conn;
      });
    });
  }
}
