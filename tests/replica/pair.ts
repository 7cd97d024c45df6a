import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { openPostgres, type Connection, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { queryRows } from "@/db/sql";
import { createTempPostgres } from "../support/engines";

/** The servers tests/replica/with-pair.sh made; both unset (and the replica tests skipped) without it. */
export const primaryServer = process.env.TEST_REPLICA_PRIMARY_URL;
export const readServer = process.env.TEST_REPLICA_READ_URL;

export interface DemoPair {
  primary: Connection;
  replica: Connection;
  primaryUrl: string;
  replicaUrl: string;
  close: () => Promise<void>;
}

/**
 * A throwaway database on the primary holding a small demo organization, and the same database on
 * the replica (physical replication copies every database of the primary), replayed up to the seed.
 */
export async function openDemoPair(customers: number): Promise<DemoPair> {
  if (!primaryServer || !readServer) throw new Error("run through tests/replica/with-pair.sh");
  const temp = await createTempPostgres(primaryServer);
  const primary = await openPostgres(temp.url, 4);
  await runMigrations(primary);
  await seedDemo(primary.db, { customers, seed: 5, now: new Date("2026-11-20T10:00:00Z") });
  const replicaUrl = new URL(readServer);
  replicaUrl.pathname = new URL(temp.url).pathname;
  const replica = await openPostgres(replicaUrl.toString(), 4);
  await caughtUp(primary.db, replica.db);
  return {
    primary, replica, primaryUrl: temp.url, replicaUrl: replicaUrl.toString(),
    close: async () => (await replica.close(), await primary.close(), await temp.drop()),
  };
}

/** Waits until the replica has replayed everything the primary had written when called. */
export async function caughtUp(primary: Db, replica: Db): Promise<void> {
  const [{ lsn } = { lsn: "" }] = await queryRows<{ lsn: string }>(primary, sql`select pg_current_wal_lsn()::text as lsn`);
  for (let waited = 0; waited < 20_000; waited += 50) {
    const [row] = await queryRows<{ done: boolean }>(replica, sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`);
    if (row?.done) return;
    await sleep(50);
  }
  throw new Error(`the replica did not replay up to ${lsn} within 20 s`);
}

/** Runs `during` with the replica's replay paused: what the primary commits meanwhile is not visible there until it resumes. */
export async function withReplayPaused<T>(replica: Db, during: () => Promise<T>): Promise<T> {
  await replica.execute(sql`select pg_wal_replay_pause()`);
  try {
    return await during();
  } finally {
    await replica.execute(sql`select pg_wal_replay_resume()`);
  }
}
