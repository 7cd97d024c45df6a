import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, provideConnection, readDb } from "@/db/index";
import { openPostgres, type Connection, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { findDemoOrg } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import { funnelViewFor } from "@/lib/analytics/funnel/service";
import { getTeamFor, getLoyaltyFor } from "@/lib/analytics/loyalty/service";
import { getRetentionFor } from "@/lib/analytics/retention/service";
import type { CurrentUser } from "@/lib/auth/session";
import { getCustomerFor, listCustomersFor, moveCustomerFor } from "@/lib/customers/service";
import { listQuerySchema } from "@/lib/customers/schemas";
import { exportCustomersFor } from "@/lib/import/export";
import { createTempPostgres } from "../support/engines";

/*
 * Against a real streaming replica (tests/replica/with-pair.sh makes one; skipped without it): the
 * app's read path is served by the replica, the write path and the read-your-own-write screens by
 * the primary, and what the replica answers once it has replayed equals what the primary answers.
 */
const primaryServer = process.env.TEST_REPLICA_PRIMARY_URL;
const readServer = process.env.TEST_REPLICA_READ_URL;

/** The same database on the replica's server: physical replication copies every database of the primary. */
function onReadServer(url: string, server: string): string {
  const target = new URL(server);
  target.pathname = new URL(url).pathname;
  return target.toString();
}

const inRecovery = async (db: Db) => (await queryRows<{ r: boolean }>(db, sql`select pg_is_in_recovery() as r`))[0]?.r;

/** Waits until the replica has replayed everything the primary had written when called. */
async function caughtUp(primary: Db, replica: Db) {
  const [{ lsn } = { lsn: "" }] = await queryRows<{ lsn: string }>(primary, sql`select pg_current_wal_lsn()::text as lsn`);
  for (let waited = 0; waited < 20_000; waited += 50) {
    const [row] = await queryRows<{ done: boolean }>(replica, sql`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as done`);
    if (row?.done) return;
    await sleep(50);
  }
  throw new Error(`the replica did not replay up to ${lsn} within 20 s`);
}

describe.skipIf(!primaryServer || !readServer)("the read path on a streaming replica", () => {
  let primary: Connection;
  let replica: Connection;
  let drop = async () => {};
  let owner: CurrentUser;
  const listQuery = (q: Record<string, string>) => listQuerySchema.parse(q);

  beforeAll(async () => {
    const temp = await createTempPostgres(primaryServer ?? "");
    drop = temp.drop;
    primary = await openPostgres(temp.url, 4);
    await runMigrations(primary);
    await seedDemo(primary.db, { customers: 300, seed: 5, now: new Date("2026-11-20T10:00:00Z") });
    replica = await openPostgres(onReadServer(temp.url, readServer ?? ""), 4);
    await caughtUp(primary.db, replica.db);
    provideConnection(primary, replica);
    const orgId = (await findDemoOrg(primary.db)) ?? "";
    const [row] = await queryRows<CurrentUser>(primary.db, sql`select id, org_id as "orgId", role, email, name from users where org_id = ${orgId} and role = 'owner'`);
    if (!row) throw new Error("the demo has no owner");
    owner = row;
  });

  afterAll(async () => {
    await replica?.close();
    await primary?.close();
    await drop();
  });

  it("reads through readDb() on the replica and writes through getDb() on the primary", async () => {
    expect(await inRecovery(await readDb())).toBe(true);
    expect(await inRecovery(await getDb())).toBe(false);
    await expect((await readDb()).execute(sql`create table refused (id int)`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/read-only transaction/) } });
  });

  it("serves the list from the replica while replay is paused, the customer's own page from the primary", async () => {
    const { items } = await listCustomersFor(owner, listQuery({ stage: "awareness", limit: "1" }));
    const before = items[0]?.customer;
    if (!before) throw new Error("no customer in awareness");
    const inAwareness = async () => (await listCustomersFor(owner, listQuery({ stage: "awareness", limit: "100" }))).items.some((c) => c.customer.id === before.id);

    await replica.db.execute(sql`select pg_wal_replay_pause()`);
    try {
      await moveCustomerFor(owner, before.id, { to: "engagement", version: before.version });
      expect((await getCustomerFor(owner, before.id)).customer.stageKey).toBe("engagement");
      expect(await inAwareness()).toBe(true); // the replica has not replayed the move yet
    } finally {
      await replica.db.execute(sql`select pg_wal_replay_resume()`);
    }
    await caughtUp(primary.db, replica.db);
    expect(await inAwareness()).toBe(false);
  });

  it("answers the analytics, the list, search and the export on the replica as the primary does", async () => {
    await caughtUp(primary.db, replica.db);
    const range = { from: "2025-06-01", to: "2026-11-20" };
    const everything = async () => ({
      funnel: (await funnelViewFor(owner, { ...range, journey: "acquisition", cohort: "created", order: "strict", window: 60 })).result,
      retention: await getRetentionFor(owner, { from: "2025-06", to: "2026-11", mode: "on" }),
      loyalty: await getLoyaltyFor(owner, { from: "2025-06", to: "2026-11" }),
      team: await getTeamFor(owner, { from: "2025-06", to: "2026-11" }),
      search: await listCustomersFor(owner, listQuery({ q: "a", limit: "50" })),
      export: await new Response(await exportCustomersFor(owner, listQuery({}))).text(),
    });
    const onReplica = await everything();
    provideConnection(primary);
    const onPrimary = await everything();
    provideConnection(primary, replica);
    expect(onReplica.funnel.cohortSize).toBeGreaterThan(0);
    expect(onReplica.export.split("\n").length).toBeGreaterThan(300);
    expect(onReplica).toEqual(onPrimary);
  });
});
