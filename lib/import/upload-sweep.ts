import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/db";
import { expireImports } from "@/db/mutations/imports";
import { findImportStates } from "@/db/queries/imports";
import { importsDir } from "./file-store";

/** An upload its job no longer needs (pending and never started, or failed) is kept this long after the job last changed. */
export const UPLOAD_TTL_MS = 24 * 60 * 60_000;
/** What one organization's uploads may take on disk together: five uploads of the largest size. */
export const MAX_ORG_UPLOAD_BYTES = 250 * 1024 * 1024;
/** How often the server sweeps every organization's uploads (it also sweeps one before each of its uploads). */
export const SWEEP_EVERY_MS = 60 * 60_000;

interface StoredFile {
  file: string;
  /** The job id, for a complete upload (`<id>.csv`); null for one still arriving (`<id>.csv.part`). */
  id: string | null;
  bytes: number;
  modifiedAt: number;
}

async function storedFiles(folder: string): Promise<StoredFile[]> {
  const names = await readdir(folder).catch(() => []);
  const files = await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      const info = await stat(file).catch(() => null);
      return info?.isFile() ? { file, id: name.endsWith(".csv") ? name.slice(0, -4) : null, bytes: info.size, modifiedAt: info.mtimeMs } : null;
    }),
  );
  return files.filter((f): f is StoredFile => f !== null);
}

/**
 * Removes the organization's uploads that no job will read: those of pending and failed jobs
 * untouched for a day (the job is marked `upload_expired` first), of finished jobs, and files
 * without a job (an upload cut off, a crash before its job was registered) a day old. Uploads of
 * waiting and running jobs stay. Answers the bytes still stored.
 */
export async function sweepOrgUploads(orgId: string, now = Date.now()): Promise<number> {
  const db = await getDb();
  const before = new Date(now - UPLOAD_TTL_MS);
  const files = await storedFiles(path.join(importsDir(), orgId));
  const jobs = new Map((await findImportStates(db, { orgId, ids: files.flatMap((f) => (f.id ? [f.id] : [])) })).map((j) => [j.id, j]));
  const stale = files.filter((f) => f.id && ["pending", "failed"].includes(jobs.get(f.id)?.status ?? "") && (jobs.get(f.id)?.updatedAt.getTime() ?? now) < before.getTime());
  const expired = new Set(await expireImports(db, { orgId, ids: stale.flatMap((f) => (f.id ? [f.id] : [])), before }));
  const removable = (f: StoredFile) => {
    const job = f.id ? jobs.get(f.id) : undefined;
    if (!job) return f.modifiedAt < before.getTime();
    return job.status === "done" || (f.id !== null && expired.has(f.id));
  };
  let kept = 0;
  for (const f of files) {
    if (removable(f)) await rm(f.file, { force: true });
    else kept += f.bytes;
  }
  return kept;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Sweeps every organization's uploads (server start, then every SWEEP_EVERY_MS). */
export async function sweepUploads(now = Date.now()): Promise<void> {
  const folders = await readdir(importsDir(), { withFileTypes: true }).catch(() => []);
  for (const folder of folders) if (folder.isDirectory() && UUID.test(folder.name)) await sweepOrgUploads(folder.name, now);
}
