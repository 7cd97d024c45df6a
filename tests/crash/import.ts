import { setTimeout as delay } from "node:timers/promises";
import type { Client } from "./client";
import type { Server } from "./server";

export const IMPORT_EMAIL_PREFIX = "crash-import-";

/** Rows of the file; every 50th (offset 25) has a broken email and is rejected, every 10th has no external id. */
export function importFile(rows: number) {
  const lines = ["externalId,name,email,stage,createdAt"];
  let rejected = 0;
  for (let i = 1; i <= rows; i++) {
    const broken = i % 50 === 25;
    if (broken) rejected++;
    const email = broken ? "not-an-email" : `${IMPORT_EMAIL_PREFIX}${i}@example.test`;
    lines.push(`${i % 10 === 0 ? "" : `crash-${i}`},Crash Import ${i},${email},awareness,2026-01-15`);
  }
  return { csv: `${lines.join("\n")}\n`, rows, rejected };
}

export interface ImportJob {
  id: string;
  status: string;
  totalRows: number | null;
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const job = async (client: Client, id: string) => (await client.json<ImportJob>(`/api/v1/import/jobs/${id}`)).body;

/**
 * Uploads the file, starts it as the settings page does, and kills the server with SIGKILL once a
 * few batches are in and the rest still to come. Returns the job id and how far it had got.
 */
export async function crashDuringImport(server: Server, client: Client, startActionId: string, csv: string) {
  const upload = await client.json<{ job: { id: string } }>("/api/v1/import/jobs?locale=en&filename=crash.csv", {
    method: "POST",
    body: csv,
    headers: { "content-type": "text/csv" },
  });
  if (upload.status !== 201) throw new Error(`the upload answered ${upload.status}`);
  const id = upload.body.job.id;
  const columns = { externalId: "externalId", name: "name", email: "email", stage: "stage", createdAt: "createdAt" };
  const started = await client.action("/en/settings/data", startActionId, { id, locale: "en", mapping: columns });
  if (!started.ok) throw new Error(`starting the import was refused: ${JSON.stringify(started)}`);
  for (;;) {
    const progress = await job(client, id);
    if (progress.status !== "running") throw new Error(`the import ended (${progress.status}) before the kill: make the file larger`);
    if (progress.rowsDone >= 2 * (progress.totalRows ?? 0) / 20) {
      await server.crash();
      return { id, rowsDoneAtKill: progress.rowsDone };
    }
    await delay(25);
  }
}

/** After the restart the server resumes the job by itself; waits until it is no longer running. */
export async function awaitResumedImport(client: Client, id: string): Promise<ImportJob> {
  for (const started = Date.now(); Date.now() - started < 120_000; await delay(200)) {
    const progress = await job(client, id);
    if (progress.status !== "running") return progress;
  }
  throw new Error("the resumed import did not finish within 120 s");
}
