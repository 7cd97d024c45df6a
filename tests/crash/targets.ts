import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { openPglite, openPostgres, type Connection, type Engine } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { createTempPostgres } from "../support/engines";
import { baseURL, PORT } from "./server";

/** One engine to crash: the server's environment, a way to open its database in this process, and clean-up. */
export interface Target {
  engine: Engine;
  dir: string;
  env: NodeJS.ProcessEnv;
  open: () => Promise<Connection>;
  drop: () => Promise<void>;
}

const DEMO_CUSTOMERS = 1500;

/** This process's environment (NEXT_DIST_DIR included) with the target's database instead of any other. */
function serverEnv(dir: string, database: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.PGLITE_DIR;
  return {
    ...inherited,
    ...database,
    NODE_ENV: "production",
    PORT: String(PORT),
    NEXTAUTH_URL: baseURL,
    AUTH_SECRET: "crash-test-secret-not-for-production",
    IMPORTS_DIR: path.join(dir, "imports"),
  };
}

export async function pgliteTarget(): Promise<Target> {
  const dir = path.resolve(".data", "crash-pglite");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dataDir = path.join(dir, "db");
  return {
    engine: "pglite",
    dir,
    env: serverEnv(dir, { PGLITE_DIR: dataDir }),
    open: () => openPglite(dataDir),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A database of its own on the server TEST_DATABASE_URL names, dropped afterwards. */
export async function postgresTarget(adminUrl: string): Promise<Target> {
  const dir = path.resolve(".data", "crash-postgres");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const database = await createTempPostgres(adminUrl);
  return {
    engine: "postgres",
    dir,
    env: serverEnv(dir, { DATABASE_URL: database.url }),
    open: () => openPostgres(database.url, 4),
    drop: async () => {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Migrates and writes the demo organization (its owner signs in with the demo password); returns its id. */
export async function prepare(target: Target): Promise<string> {
  const conn = await target.open();
  try {
    await runMigrations(conn);
    return (await seedDemo(conn.db, { customers: DEMO_CUSTOMERS, seed: 8 })).orgId;
  } finally {
    await conn.close();
  }
}
