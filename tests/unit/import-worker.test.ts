import os from "node:os";
import { describe, expect, it } from "vitest";
import { importConnectionLimit, isWorkerGone, STALE_AFTER_MS, workerState } from "@/lib/import/worker";

describe("import worker liveness", () => {
  const now = Date.now();
  const fresh = new Date(now - 1000);
  const host = os.hostname();

  it("names this process by host, pid and a per-start token", () => {
    expect(workerState().id).toMatch(new RegExp(`^${host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${process.pid}:[0-9a-f]{8}$`));
    expect(workerState()).toBe(workerState());
  });

  it("a job recorded under this process is gone unless this process is running it", () => {
    const self = workerState();
    expect(isWorkerGone({ id: "job-a", worker: self.id, updatedAt: fresh }, now)).toBe(true);
    self.running.set("job-a", Promise.resolve());
    expect(isWorkerGone({ id: "job-a", worker: self.id, updatedAt: fresh }, now)).toBe(false);
    self.running.delete("job-a");
  });

  it("on this host, a dead pid or an earlier start with our pid is gone; a live process is not", () => {
    const dead = 2 ** 22 + 12345;
    expect(isWorkerGone({ id: "j", worker: `${host}:${dead}:deadbeef`, updatedAt: fresh }, now)).toBe(true);
    expect(isWorkerGone({ id: "j", worker: `${host}:${process.pid}:00000000`, updatedAt: fresh }, now)).toBe(true);
    expect(isWorkerGone({ id: "j", worker: `${host}:${process.ppid}:abcdef12`, updatedAt: fresh }, now)).toBe(false);
  });

  it("on another host, only a heartbeat older than the limit counts as gone", () => {
    expect(isWorkerGone({ id: "j", worker: "other-host:1:abcdef12", updatedAt: fresh }, now)).toBe(false);
    expect(isWorkerGone({ id: "j", worker: "other-host:1:abcdef12", updatedAt: new Date(now - STALE_AFTER_MS - 1) }, now)).toBe(true);
    expect(isWorkerGone({ id: "j", worker: null, updatedAt: fresh }, now)).toBe(true);
  });

  it("gives import batches a third of the Postgres pool, at least one connection, and PGlite's only one", async () => {
    const url = "postgres://localhost/masir";
    expect(importConnectionLimit({ DATABASE_URL: url })).toBe(3);
    expect(importConnectionLimit({ DATABASE_URL: url, DATABASE_POOL_SIZE: "30" })).toBe(10);
    expect(importConnectionLimit({ DATABASE_URL: url, DATABASE_POOL_SIZE: "2" })).toBe(1);
    expect(importConnectionLimit({})).toBe(1);
    // The process's limiter runs batches one after another past that share.
    const limit = workerState().connections;
    let inFlight = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        limit(async () => {
          most = Math.max(most, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight--;
        }),
      ),
    );
    expect(most).toBe(importConnectionLimit());
  });
});
