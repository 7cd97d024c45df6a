import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/db/client";
import { createImport, promoteNextImport, queueImport } from "@/db/mutations/imports";
import type { ImportMapping, ImportOptions, Locale } from "@/db/schema";
import { suggestMapping } from "@/core/import/fields";
import { importPath, saveUpload } from "@/lib/import/file-store";
import { processImport, type RunOptions } from "@/lib/import/runner";
import { inspectUpload } from "@/lib/import/source";

/** A throwaway uploads folder for one test file. */
export function uploadsDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "masir-imports-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

type UploadInput = { dir: string; orgId: string; userId: string; bytes: Uint8Array; locale: Locale; mapping?: ImportMapping; options?: ImportOptions };

/** Stores `bytes` as an upload and registers its pending job, as the upload route does. */
export async function pendingImport(db: Db, input: UploadInput) {
  const id = randomUUID();
  const file = importPath(input.dir, input.orgId, id);
  const byteSize = await saveUpload(once(input.bytes), file);
  const summary = await inspectUpload(file, input.locale);
  if (!summary) throw new Error("empty fixture");
  const mapping = input.mapping ?? suggestMapping(summary.headers);
  await createImport(db, {
    orgId: input.orgId,
    id,
    createdBy: input.userId,
    filename: "fixture.csv",
    encoding: summary.encoding,
    byteSize,
    headers: summary.headers,
    totalRows: summary.totalRows,
    locale: input.locale,
    mapping,
  });
  return { id, summary, file, mapping };
}

/** Stores an upload, queues its job and gives it the organization's turn, as the upload route and the start action do. */
export async function startedImport(db: Db, input: UploadInput & { worker?: string }) {
  const { id, summary, file, mapping } = await pendingImport(db, input);
  const worker = input.worker ?? `test:${randomUUID()}`;
  await queueImport(db, { orgId: input.orgId, id, locale: input.locale, mapping, options: input.options });
  const job = await promoteNextImport(db, { orgId: input.orgId, worker });
  if (job?.id !== id) throw new Error("job did not get its turn");
  return { job, worker, summary, file };
}

/** Uploads and runs an import to the end. */
export async function runImport(
  db: Db,
  input: Parameters<typeof startedImport>[1] & Partial<Pick<RunOptions, "batchRows" | "afterBatch">>,
) {
  const { job, worker, summary } = await startedImport(db, input);
  const done = await processImport(db, job, { dir: input.dir, worker, batchRows: input.batchRows, afterBatch: input.afterBatch });
  return { job: done, summary };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
