import path from "node:path";
import type { Connection } from "./client";

export const migrationsFolder = () => path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations; the same files serve both engines. */
export async function runMigrations(conn: Connection): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  if (conn.engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(conn.db as never, config);
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(conn.db as never, config);
  }
}
