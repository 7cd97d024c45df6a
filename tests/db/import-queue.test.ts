import { and, eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openPostgres } from "@/db/client";
import { provideConnection } from "@/db/index";
import { queueImport } from "@/db/mutations/imports";
import { runMigrations } from "@/db/migrate";
import { getImport } from "@/db/queries/imports";
import { customers, imports } from "@/db/schema";
import { startNextImport, waitForImport } from "@/lib/import/queue";
import { processImport } from "@/lib/import/runner";
import { createTempPostgres, describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { pendingImport, startedImport, uploadsDir, utf8 } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

const file = (prefix: string, rows: number) =>
  utf8(`externalId,name\n${Array.from({ length: rows }, (_, i) => `${prefix}-${i},Customer ${i}`).join("\n")}\n`);

describeOnEngines("customer import: one organization's queue", (conn) => {
  const db = () => conn().db;
  beforeAll(() => {
    provideConnection(conn());
    process.env.IMPORTS_DIR = uploads.dir;
  });

  it("runs one import of an organization at a time, the others waiting their turn in order, another organization's alongside", async () => {
    const [busy, other] = [await createTestOrg(db()), await createTestOrg(db())];
    const queued: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { id, mapping } = await pendingImport(db(), { dir: uploads.dir, orgId: busy.orgId, userId: busy.ownerId, bytes: file(`q${i}`, 300), locale: "en" });
      await queueImport(db(), { orgId: busy.orgId, id, mapping, locale: "en" });
      queued.push(id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const { id: alone, mapping } = await pendingImport(db(), { dir: uploads.dir, orgId: other.orgId, userId: other.ownerId, bytes: file("o", 300), locale: "en" });
    await queueImport(db(), { orgId: other.orgId, id: alone, mapping, locale: "en" });

    // Four start requests at once, as four owners' clicks would send them.
    await Promise.all([...queued.map(() => startNextImport(busy.orgId)), startNextImport(other.orgId)]);
    const statuses = async (orgId: string) => (await db().select({ id: imports.id, status: imports.status }).from(imports).where(eq(imports.orgId, orgId))).map((j) => j.status).sort();
    expect(await statuses(busy.orgId)).toEqual(["running", "waiting", "waiting", "waiting"]);

    let mostRunning = 0;
    const watching = (async () => {
      for (;;) {
        const now = await statuses(busy.orgId);
        mostRunning = Math.max(mostRunning, now.filter((s) => s === "running").length);
        if (now.every((s) => s === "done")) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const finished = await Promise.all(queued.map((id) => waitForImport(busy.orgId, id)));
    await watching;
    const otherJob = await waitForImport(other.orgId, alone);
    expect(mostRunning).toBe(1);
    expect(finished.map((j) => [j.status, j.createdCount])).toEqual(queued.map(() => ["done", 300]));
    const byFinish = [...finished].sort((a, b) => (a.finishedAt?.getTime() ?? 0) - (b.finishedAt?.getTime() ?? 0)).map((j) => j.id);
    expect(byFinish).toEqual(queued);
    // The other organization did not queue behind this one.
    expect(otherJob).toMatchObject({ status: "done", createdCount: 300 });
    expect(otherJob.finishedAt?.getTime()).toBeLessThan(finished.at(-1)?.finishedAt?.getTime() ?? 0);
    const [count] = await db().select({ n: sql<number>`count(*)::int` }).from(customers).where(eq(customers.orgId, busy.orgId));
    expect(count?.n).toBe(1200);
  });
});

describeOnEngines("customer import: waiting holds no connection", (conn) => {
  it("a batch that finds its organization's import lock taken lets go of its connection and tries again later", async (context) => {
    if (conn().engine !== "postgres") context.skip();
    // A pool of one connection: a batch waiting inside a transaction would hold all of it.
    const temp = await createTempPostgres(process.env.TEST_DATABASE_URL ?? "");
    const pool = await openPostgres(temp.url, 1);
    const holder = postgres(temp.url, { max: 1, onnotice: () => {} });
    let release = () => {};
    try {
      await runMigrations(pool);
      const [busy, other] = [await createTestOrg(pool.db), await createTestOrg(pool.db)];
      const { job, worker } = await startedImport(pool.db, { dir: uploads.dir, orgId: busy.orgId, userId: busy.ownerId, bytes: file("w", 50), locale: "en" });

      // Another worker's batch of the same organization, still writing (a job taken over from it, say).
      const released = new Promise<void>((resolve) => (release = resolve));
      const held = holder.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(hashtextextended(${`masir.import:${busy.orgId}`}, 0))`;
        await released;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const importing = processImport(pool.db, job, { dir: uploads.dir, worker });
      await new Promise((resolve) => setTimeout(resolve, 300));

      const blocked = Symbol("blocked");
      const otherQuery = pool.db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, other.orgId));
      const answer = await Promise.race([otherQuery, new Promise((resolve) => setTimeout(() => resolve(blocked), 5000))]);
      expect(answer).toEqual([]);
      expect(await getImport(pool.db, { orgId: busy.orgId, id: job.id })).toMatchObject({ status: "running", rowsDone: 0 });

      release();
      await held;
      expect(await importing).toMatchObject({ status: "done", createdCount: 50 });
      const [count] = await pool.db.select({ n: sql<number>`count(*)::int` }).from(customers).where(and(eq(customers.orgId, busy.orgId)));
      expect(count?.n).toBe(50);
    } finally {
      release();
      await holder.end();
      await pool.close();
      await temp.drop();
    }
  });
});
