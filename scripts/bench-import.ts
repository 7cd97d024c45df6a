// npx tsx --conditions=react-server scripts/bench-import.ts [--rows 100000] [--engine postgres|pglite] [--batch 2000]
//   [--postgres postgres://postgres@127.0.0.1:5432/postgres]
// Imports the same generated CSV (UTF-8, every column, Hebrew/Persian/English names) into a fresh
// database on each engine — a throwaway Postgres database (dropped after) and PGlite in a temp
// folder (removed after) — through the real import path (upload → inspect → batched job), then
// imports it again (every row matched, nothing written), and reports rows per second.
import { randomBytes, randomUUID } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import postgres from "postgres";
import { openPglite, openPostgres, type Connection } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createImport, promoteNextImport, queueImport } from "@/db/mutations/imports";
import { createOwner } from "@/db/mutations/organizations";
import { users } from "@/db/schema";
import { suggestMapping } from "@/core/import/fields";
import { importPath } from "@/lib/import/file-store";
import { processImport } from "@/lib/import/runner";
import { inspectUpload } from "@/lib/import/source";
import { flags } from "./cli";

const args = flags({ rows: { type: "string" }, postgres: { type: "string" }, engine: { type: "string" }, batch: { type: "string" } });
const rows = Number(args.rows ?? 100_000);
const adminUrl = args.postgres ?? "postgres://postgres@127.0.0.1:5432/postgres";
const work = mkdtempSync(path.join(tmpdir(), "masir-bench-import-"));
const csv = path.join(work, "customers.csv");

const names = ["דנה כהן", "سارا رضایی", "Omer Levi", "יוסי מזרחי", "علی کریمی", "Maya Katz"];
const stages = ["awareness", "engagement", "consideration", "conversion", "retention", "loyalty"];
const channels = ["whatsapp", "instagram", "telegram", "website", "referral", "phone"];

async function writeCsv() {
  const out = createWriteStream(csv);
  out.write("externalId,name,email,phone,channel,stage,ownerEmail,createdAt\n");
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    const line = `b-${i},${names[i % names.length]} ${i},c${i}@example.com,+972-50-${String(i).padStart(7, "0")},${channels[i % channels.length]},${stages[i % stages.length]},${i % 3 ? "sales@bench.test" : ""},${day}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function importOnce(conn: Connection, orgId: string, userId: string) {
  const dir = path.join(work, "uploads");
  const id = randomUUID();
  const file = importPath(dir, orgId, id);
  await mkdir(path.dirname(file), { recursive: true });
  await copyFile(csv, file);
  const started = performance.now();
  const summary = await inspectUpload(file, "en");
  if (!summary) throw new Error("empty file");
  const mapping = suggestMapping(summary.headers);
  await createImport(conn.db, { orgId, id, createdBy: userId, filename: "bench.csv", encoding: summary.encoding, byteSize: 0, headers: summary.headers, totalRows: summary.totalRows, locale: "en", mapping });
  await queueImport(conn.db, { orgId, id, mapping, locale: "en" });
  const job = await promoteNextImport(conn.db, { orgId, worker: "bench" });
  if (job?.id !== id) throw new Error("job did not get its turn");
  const done = await processImport(conn.db, job, { dir, worker: "bench", batchRows: args.batch ? Number(args.batch) : undefined });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, done };
}

async function bench(label: string, conn: Connection) {
  await runMigrations(conn);
  const { orgId, userId } = await createOwner(conn.db, { email: `owner-${randomUUID()}@bench.test`, name: "Owner", orgName: `Bench ${randomUUID()}`, passwordHash: "x" });
  await conn.db.insert(users).values({ orgId, email: "sales@bench.test", name: "Sales", role: "sales", passwordHash: "x" });
  const first = await importOnce(conn, orgId, userId);
  const again = await importOnce(conn, orgId, userId);
  const rate = (s: number) => Math.round(rows / s).toLocaleString("en");
  console.log(
    `${label}: ${rows.toLocaleString("en")} rows imported in ${first.seconds.toFixed(1)} s (${rate(first.seconds)} rows/s; created ${first.done.createdCount}); ` +
      `re-import in ${again.seconds.toFixed(1)} s (${rate(again.seconds)} rows/s; created ${again.done.createdCount}, unchanged ${again.done.unchangedCount})`,
  );
}

try {
  await writeCsv();
  if (args.engine !== "pglite") {
    const name = `masir_bench_import_${randomBytes(4).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const conn = await openPostgres(url.toString(), 4);
    try {
      await bench("postgres", conn);
    } finally {
      await conn.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
  if (args.engine !== "postgres") {
    const dataDir = path.join(work, "pglite");
    const conn = await openPglite(dataDir);
    try {
      await bench("pglite", conn);
    } finally {
      await conn.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
