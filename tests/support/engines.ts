import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openPglite, openPostgres, type Connection, type Engine } from "@/db/client";

/** A fresh database `name` on the server named by `url` (a copy of `template` when given), dropped by the returned `drop`. */
export async function createTempPostgres(url: string, template?: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `masir_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    name,
    url: target.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

let pgliteMigrated: Blob | undefined;

/** A migrated, empty database on the given engine: a copy of the run's migrated one (in-memory PGlite, or a throwaway Postgres database). */
export async function openTestDb(engine: Engine): Promise<Connection> {
  if (engine === "pglite") {
    pgliteMigrated ??= new Blob([readFileSync(inject("pgliteMigrated"))]);
    return openPglite(undefined, pgliteMigrated);
  }
  const temp = await createTempPostgres(process.env.TEST_DATABASE_URL ?? "", inject("postgresMigrated") ?? undefined);
  const conn = await openPostgres(temp.url, 4);
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
