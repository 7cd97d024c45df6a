import { existsSync, mkdirSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { provideConnection } from "@/db/index";
import { failImport, queueImport } from "@/db/mutations/imports";
import { getImport } from "@/db/queries/imports";
import { imports } from "@/db/schema";
import { importPath } from "@/lib/import/file-store";
import { receiveUpload } from "@/lib/import/http";
import { waitForImport } from "@/lib/import/queue";
import { retryRejectedRowsFor } from "@/lib/import/retry";
import { MAX_ORG_UPLOAD_BYTES, sweepOrgUploads, UPLOAD_TTL_MS } from "@/lib/import/upload-sweep";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { pendingImport, runImport, startedImport, uploadsDir, utf8 } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

const csv = utf8("externalId,name\na,A\n");

describeOnEngines("import uploads on disk", (conn) => {
  const db = () => conn().db;
  beforeAll(() => {
    provideConnection(conn());
    process.env.IMPORTS_DIR = uploads.dir;
  });

  it("removes a day-old upload of a pending or failed job (marking it expired), of a finished job, or of no job; keeps the rest", async () => {
    const org = await createTestOrg(db());
    const upload = () => pendingImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: csv, locale: "en" });
    const [oldPending, freshPending, oldFailed, oldWaiting, oldDone] = [await upload(), await upload(), await upload(), await upload(), await upload()];
    const running = await startedImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: csv, locale: "en" });
    await queueImport(db(), { orgId: org.orgId, id: oldWaiting.id, mapping: oldWaiting.mapping, locale: "en" });
    await failImport(db(), { orgId: org.orgId, id: oldFailed.id, worker: "gone", error: "server_error" });
    await db().update(imports).set({ status: "done" }).where(eq(imports.id, oldDone.id));
    const orphan = importPath(uploads.dir, org.orgId, "00000000-0000-4000-8000-000000000001");
    const freshOrphan = importPath(uploads.dir, org.orgId, "00000000-0000-4000-8000-000000000002");
    writeFileSync(orphan, "x");
    writeFileSync(freshOrphan, "xy");
    const now = Date.now();
    const dayAgo = new Date(now - UPLOAD_TTL_MS - 60_000);
    await db().update(imports).set({ updatedAt: dayAgo }).where(eq(imports.orgId, org.orgId));
    await db().update(imports).set({ updatedAt: new Date(now) }).where(eq(imports.id, freshPending.id));
    utimesSync(orphan, dayAgo, dayAgo);

    const kept = await sweepOrgUploads(org.orgId, now);
    const onDisk = (file: string) => existsSync(file);
    expect([oldPending.file, oldFailed.file, oldDone.file, orphan].map(onDisk)).toEqual([false, false, false, false]);
    expect([freshPending.file, oldWaiting.file, running.file, freshOrphan].map(onDisk)).toEqual([true, true, true, true]);
    expect(kept).toBe(csv.length * 3 + 2);
    for (const id of [oldPending.id, oldFailed.id]) expect(await getImport(db(), { orgId: org.orgId, id })).toMatchObject({ status: "failed", error: "upload_expired" });
    expect(await getImport(db(), { orgId: org.orgId, id: freshPending.id })).toMatchObject({ status: "pending", error: null });
    expect(await getImport(db(), { orgId: org.orgId, id: running.job.id })).toMatchObject({ status: "running" });
  });

  /** A fresh file without a job, filling the organization's room on disk but for `left` bytes. */
  const fill = (orgId: string, left: number) => {
    const filler = importPath(uploads.dir, orgId, "00000000-0000-4000-8000-000000000003");
    mkdirSync(path.dirname(filler), { recursive: true });
    writeFileSync(filler, "");
    truncateSync(filler, MAX_ORG_UPLOAD_BYTES - left);
    return filler;
  };
  const ownerOf = (org: { orgId: string; ownerId: string }) => ({ id: org.ownerId, orgId: org.orgId, role: "owner" as const, email: "owner@test.test", name: "Owner" });

  it("refuses an upload past the organization's room on disk (413 storage_full) and keeps nothing of it", async () => {
    const org = await createTestOrg(db());
    const owner = ownerOf(org);
    const filler = fill(org.orgId, 10);
    const send = (body: string) => receiveUpload(new Request("http://localhost/api/v1/import/jobs?locale=en", { method: "POST", body, headers: { "content-type": "text/csv" } }), owner);
    const refused = await send("externalId,name\na,A\n");
    expect(refused.ok ? 201 : refused.response.status).toBe(413);
    expect(refused.ok ? null : await refused.response.json()).toMatchObject({ status: 413, code: "storage_full" });
    expect(readdirSync(path.dirname(filler))).toEqual([path.basename(filler)]);
    const fits = await send("a,b\n");
    expect(fits.ok).toBe(true);
  });

  it("counts a fix-and-retry's file against the same room: past it, 413 storage_full and no new job", async () => {
    const org = await createTestOrg(db());
    const owner = ownerOf(org);
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8("externalId,name,email\nr-1,One,not-an-email\n"), locale: "en" });
    expect(job).toMatchObject({ status: "done", rejectedCount: 1 });
    const fix = [{ row: 1, cells: { email: "one@example.com" } }];
    const filler = fill(org.orgId, 10);
    await expect(retryRejectedRowsFor(owner, job.id, fix)).rejects.toMatchObject({ status: 413, code: "storage_full" });
    expect(await db().select({ id: imports.id }).from(imports).where(eq(imports.orgId, org.orgId))).toHaveLength(1);
    rmSync(filler);
    const retried = await retryRejectedRowsFor(owner, job.id, fix);
    expect(await waitForImport(org.orgId, retried.id)).toMatchObject({ status: "done", createdCount: 1, rejectedCount: 0 });
  });
});
