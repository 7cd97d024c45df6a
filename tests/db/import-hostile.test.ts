import { asc, eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { claimImport } from "@/db/mutations/imports";
import { listRejections } from "@/db/queries/imports";
import { customers } from "@/db/schema";
import { processImport } from "@/lib/import/runner";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { runImport, startedImport, uploadsDir, utf8 } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

class Crash extends Error {}

/** 900 rows; row 451 holds a NUL in its name and row 600 a bell in its external id. */
function fileWithControls(): Uint8Array {
  const lines = ["externalId,name,email"];
  for (let i = 1; i <= 900; i++) {
    const name = i === 451 ? "Bad\u0000Name" : `Customer ${i}`;
    const externalId = i === 600 ? "x-\u0007600" : `x-${i}`;
    lines.push(`${externalId},${name},c${i}@example.com`);
  }
  return utf8(`${lines.join("\n")}\n`);
}

describeOnEngines("customer import: control characters", (conn) => {
  const db = () => conn().db;

  it("rejects just the rows holding NUL or other control characters, with a reason, and imports the rest", async () => {
    const org = await createTestOrg(db());
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: fileWithControls(), locale: "en", batchRows: 100 });
    expect(job).toMatchObject({ status: "done", rowsDone: 900, createdCount: 898, rejectedCount: 2 });
    expect(await listRejections(db(), { orgId: org.orgId, importId: job.id })).toEqual([
      // PostgreSQL cannot store NUL even in jsonb: the report shows U+FFFD where it was.
      { row: 451, errors: { name: ["invalid_characters"] }, cells: { externalId: "x-451", name: "Bad\ufffdName", email: "c451@example.com" } },
      { row: 600, errors: { externalId: ["invalid_characters"] }, cells: { externalId: "x-\u0007600", name: "Customer 600", email: "c600@example.com" } },
    ]);
    const names = await db().select({ name: customers.name }).from(customers).where(eq(customers.orgId, org.orgId)).orderBy(asc(customers.createdAt));
    expect(names).toHaveLength(898);
  });

  it("rejects a row whose unmapped column, channel or stage holds one, since such text would land in the customer's other fields", async () => {
    const org = await createTestOrg(db());
    const csv = ["name,email,source,stage,notes", "Ok One,o1@example.com,website,,fine", "Bad Notes,o2@example.com,website,,a\u0000b", "Bad Source,o3@example.com,We\u0001b,,", "Bad Stage,o4@example.com,,Le\u0000ad,", "Ok Two,o5@example.com,,,"].join("\n");
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8(`${csv}\n`), locale: "en", mapping: { name: "name", email: "email", channel: "source", stage: "stage" } });
    expect(job).toMatchObject({ status: "done", createdCount: 2, rejectedCount: 3 });
    const rejections = await listRejections(db(), { orgId: org.orgId, importId: job.id });
    expect(rejections.map(({ row, errors }) => ({ row, errors }))).toEqual([
      { row: 2, errors: { extra: ["invalid_characters"] } },
      { row: 3, errors: { channel: ["invalid_characters"] } },
      { row: 4, errors: { stage: ["invalid_characters"] } },
    ]);
    const kept = await db().select({ name: customers.name, extra: customers.extra }).from(customers).where(eq(customers.orgId, org.orgId)).orderBy(asc(customers.name));
    expect(kept).toEqual([
      { name: "Ok One", extra: { notes: "fine" } },
      { name: "Ok Two", extra: null },
    ]);
  });

  it("resumes past such a row after a crash", async () => {
    const org = await createTestOrg(db());
    const { job, worker } = await startedImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: fileWithControls(), locale: "en" });
    const crash = (batch: number) => {
      if (batch === 4) throw new Crash();
    };
    await expect(processImport(db(), job, { dir: uploads.dir, worker, batchRows: 100, afterBatch: crash })).rejects.toBeInstanceOf(Crash);
    const claimed = await claimImport(db(), { orgId: org.orgId, id: job.id, worker: "test:resumer", seenWorker: worker });
    if (!claimed) throw new Error("claim failed");
    expect(claimed.rowsDone).toBe(400);
    const done = await processImport(db(), claimed, { dir: uploads.dir, worker: "test:resumer", batchRows: 100 });
    expect(done).toMatchObject({ status: "done", rowsDone: 900, createdCount: 898, rejectedCount: 2 });
  });
});
