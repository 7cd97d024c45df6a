import { randomUUID } from "node:crypto";
import os from "node:os";
import pLimit, { type LimitFunction } from "p-limit";
import { poolSize } from "@/db/client";

/** A running job whose heartbeat (one per committed batch) is older than this is taken over. */
export const STALE_AFTER_MS = 2 * 60_000;

/**
 * The share of the database pool import batches may hold at once: a third of it, at least one
 * connection (one on PGlite, which has only one). However many organizations import at once, the
 * rest stays free for pages and API calls; a batch waits for its turn in memory, holding nothing.
 */
export function importConnectionLimit(env: Record<string, string | undefined> = process.env): number {
  return env.DATABASE_URL ? Math.max(1, Math.floor(poolSize(env) / 3)) : 1;
}

interface WorkerState {
  id: string;
  /** Jobs this process is running, by id. */
  running: Map<string, Promise<unknown>>;
  /** Runs an import batch when one of the import connections (importConnectionLimit) is free. */
  connections: LimitFunction;
}

const key = Symbol.for("masir.import.worker");
type Holder = { [key]?: WorkerState };

/** This process as an import worker: `host:pid:token` (the token tells a restarted process with the same pid apart). */
export function workerState(): WorkerState {
  const holder = globalThis as Holder;
  holder[key] ??= { id: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, running: new Map(), connections: pLimit(importConnectionLimit()) };
  return holder[key];
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the worker recorded on a running job is gone, so the job may be resumed: this process
 * when it is not actually running the job; on this host, a process that no longer exists (or an
 * earlier process that had our pid); anywhere, a heartbeat older than STALE_AFTER_MS.
 */
export function isWorkerGone(job: { id: string; worker: string | null; updatedAt: Date }, now = Date.now()): boolean {
  const self = workerState();
  if (!job.worker) return true;
  if (job.worker === self.id) return !self.running.has(job.id);
  if (now - job.updatedAt.getTime() > STALE_AFTER_MS) return true;
  const parts = job.worker.split(":");
  const pid = Number(parts.at(-2));
  const host = parts.slice(0, -2).join(":");
  if (host !== os.hostname()) return false;
  return pid === process.pid || !pidAlive(pid);
}
