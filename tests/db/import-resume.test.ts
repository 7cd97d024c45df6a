import { asc, eq, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { ImportClaimLost } from "@/db/mutations/import-batch";
import { claimImport } from "@/db/mutations/imports";
import { getImport, listRejections } from "@/db/queries/imports";
import { customers, stageEvents } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { processImport } from "@/lib/import/runner";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { runImport, startedImport, uploadsDir, utf8 } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

class Crash extends Error {}

/** `rows` rows: every 25th has a bad email, and every 20th repeats the email of the row before it. */
function file(rows: number): Uint8Array {
  const lines = ["externalId,name,email,stage,createdAt"];
  for (let i = 1; i <= rows; i++) {
    const email = i % 25 === 0 ? "broken" : `c${i % 20 === 0 ? i - 1 : i}@example.com`;
    lines.push(`${i % 20 === 0 ? "" : `ext-${i}`},Customer ${i},${email},${["awareness", "engagement", "retention"][i % 3]},2024-02-${String(1 + (i % 28)).padStart(2, "0")}`);
  }
  return utf8(`${lines.join("\n")}\n`);
}

describeOnEngines("customer import: crash and resume", (conn) => {
  const db = () => conn().db;

  async function state(orgId: string) {
    const rows = await db().select().from(customers).where(eq(customers.orgId, orgId)).orderBy(asc(customers.externalId), asc(customers.email));
    const events = await db().select().from(stageEvents).where(eq(stageEvents.orgId, orgId));
    const [funnel] = await queryRows<{ n: number }>(db(), sql`select coalesce(sum(customers), 0)::int as n from funnel_cohort_days where org_id = ${orgId}`);
    return {
      customers: rows.map((c) => [c.externalId, c.name, c.email, c.stageKey, c.createdAt.toISOString(), c.version]),
      events: events.length,
      funnel: funnel?.n,
    };
  }

  it("resumes after a crash from the last committed batch: same result as a clean run, no duplicates", async () => {
    const bytes = file(400);
    const clean = await createTestOrg(db());
    const reference = await runImport(db(), { dir: uploads.dir, orgId: clean.orgId, userId: clean.ownerId, bytes, locale: "en", batchRows: 40 });
    expect(reference.job).toMatchObject({ status: "done", totalRows: 400, rowsDone: 400, rejectedCount: 16 });
    expect(reference.job.createdCount + reference.job.updatedCount + reference.job.unchangedCount + reference.job.rejectedCount).toBe(400);

    const crashed = await createTestOrg(db());
    const { job, worker } = await startedImport(db(), { dir: uploads.dir, orgId: crashed.orgId, userId: crashed.ownerId, bytes, locale: "en" });
    const crash = (batch: number) => {
      if (batch === 3) throw new Crash();
    };
    await expect(processImport(db(), job, { dir: uploads.dir, worker, batchRows: 40, afterBatch: crash })).rejects.toBeInstanceOf(Crash);
    const interrupted = await getImport(db(), { orgId: crashed.orgId, id: job.id });
    expect(interrupted).toMatchObject({ status: "running", rowsDone: 120, worker });
    // What the crash left is exactly the first three batches: the same as importing rows 1–120 alone.
    const firstRows = await createTestOrg(db());
    const head = new TextDecoder().decode(bytes).split("\n").slice(0, 121).join("\n");
    await runImport(db(), { dir: uploads.dir, orgId: firstRows.orgId, userId: firstRows.ownerId, bytes: utf8(head), locale: "en" });
    expect(await state(crashed.orgId)).toEqual(await state(firstRows.orgId));
    expect((await listRejections(db(), { orgId: crashed.orgId, importId: job.id })).map((r) => r.row)).toEqual([25, 50, 75, 100]);

    // Another process takes the job over; the first one's late write is refused.
    const resumer = "test:resumer";
    const claimed = await claimImport(db(), { orgId: crashed.orgId, id: job.id, worker: resumer, seenWorker: worker });
    expect(claimed).toMatchObject({ worker: resumer, rowsDone: 120 });
    expect(await claimImport(db(), { orgId: crashed.orgId, id: job.id, worker: "test:late", seenWorker: worker })).toBeNull();
    await expect(processImport(db(), { ...job, rowsDone: 120 }, { dir: uploads.dir, worker, batchRows: 40 })).rejects.toBeInstanceOf(ImportClaimLost);

    if (!claimed) throw new Error("claim failed");
    const resumed = await processImport(db(), claimed, { dir: uploads.dir, worker: resumer, batchRows: 100 });
    expect(resumed).toMatchObject({ status: "done", totalRows: 400, rowsDone: 400 });
    const counts = (j: typeof resumed) => [j.createdCount, j.updatedCount, j.unchangedCount, j.rejectedCount];
    expect(counts(resumed)).toEqual(counts(reference.job));
    expect(await state(crashed.orgId)).toEqual(await state(clean.orgId));
    const strip = (rows: Awaited<ReturnType<typeof listRejections>>) => rows.map(({ row, errors }) => ({ row, errors }));
    expect(strip(await listRejections(db(), { orgId: crashed.orgId, importId: job.id }))).toEqual(strip(await listRejections(db(), { orgId: clean.orgId, importId: reference.job.id })));
    const duplicates = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from (select lower(email) from customers where org_id = ${crashed.orgId} group by 1 having count(*) > 1) d`,
    );
    expect(duplicates).toEqual([{ n: 0 }]);
  });

  it("a job that crashed before its first batch starts from the top", async () => {
    const org = await createTestOrg(db());
    const { job, worker } = await startedImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8("externalId,name\na,A\nb,B\n"), locale: "en" });
    const claimed = await claimImport(db(), { orgId: org.orgId, id: job.id, worker: "test:second", seenWorker: worker });
    if (!claimed) throw new Error("claim failed");
    expect(await processImport(db(), claimed, { dir: uploads.dir, worker: "test:second" })).toMatchObject({ status: "done", createdCount: 2 });
  });
});
