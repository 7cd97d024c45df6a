// npx tsx --conditions=react-server scripts/bench-import-fairness.ts [--imports 12] [--rows 5000] [--rate 10] [--port 3141]
//   [--dist .next-bench] [--build] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
// Issue 13, finding 5: does one organization's import burst stall the others? Serves the production
// build on a throwaway Postgres database (pool of DATABASE_POOL_SIZE, default 10; dropped after),
// signs in the owners of two organizations, sends `--imports` synchronous CSV imports of `--rows`
// rows each for the first at once, and meanwhile times the second's GET /api/v1/me, `--rate` a second.
// Prints the latencies (and those of an idle server first): a measurement, not a test.
import { randomBytes } from "node:crypto";
import http from "node:http";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createOwner } from "@/db/mutations/organizations";
import { hashPassword } from "@/core/auth/password";
import { DEFAULT_SERVER } from "./bench/database";
import { ensureBuild, startServer } from "./bench/server";
import { signIn } from "./bench/sign-in";
import { flags } from "./cli";

const args = flags({ imports: { type: "string" }, rows: { type: "string" }, rate: { type: "string" }, port: { type: "string" }, dist: { type: "string" }, build: { type: "boolean" }, postgres: { type: "string" } });
const imports = Number(args.imports ?? 12);
const rows = Number(args.rows ?? 5000);
const rate = Number(args.rate ?? 10);
const password = "fairness-bench-password";

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { requests: sorted.length, p50Ms: at(0.5), p90Ms: at(0.9), p95Ms: at(0.95), maxMs: Math.round(sorted.at(-1) ?? 0) };
}

/**
 * GET /api/v1/me at `rate` requests a second (sent on schedule, whether or not earlier ones have
 * answered: people do not wait for each other) until `until` settles: each request's wall time.
 */
async function timeMe(baseUrl: string, cookie: string, until: Promise<unknown>) {
  let done = false;
  const stop = () => (done = true);
  until.then(stop, stop);
  const requests: Promise<number>[] = [];
  while (!done) {
    const started = performance.now();
    requests.push(
      fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } }).then(async (response) => {
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`/api/v1/me answered ${response.status}`);
        return performance.now() - started;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / rate));
  }
  return Promise.all(requests);
}

/** A POST that may take minutes to answer (fetch gives up on a response's headers after 300 s). */
function postLong(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text })).on("error", reject);
    });
    request.on("error", reject).end(body);
  });
}

const csv = (file: number) =>
  `externalId,name,email,channel\n${Array.from({ length: rows }, (_, i) => `f${file}-${i},Customer ${file}-${i},c${file}-${i}@fair.test,website`).join("\n")}\n`;

async function main() {
  const server = args.postgres ?? process.env.BENCH_POSTGRES_URL ?? DEFAULT_SERVER;
  const name = `masir_fairness_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    const conn = await openPostgres(url.toString(), 2);
    await runMigrations(conn);
    const passwordHash = await hashPassword(password);
    for (const org of ["Busy", "Quiet"]) await createOwner(conn.db, { email: `owner@${org.toLowerCase()}.test`, name: org, orgName: org, passwordHash });
    await conn.close();

    const distDir = args.dist ?? ".next-bench";
    ensureBuild(distDir, Boolean(args.build));
    const app = await startServer({ databaseUrl: url.toString(), port: Number(args.port ?? 3141), distDir });
    try {
      const [busy, quiet] = [await signIn(app.baseUrl, "owner@busy.test", password), await signIn(app.baseUrl, "owner@quiet.test", password)];
      await timeMe(app.baseUrl, quiet, new Promise((resolve) => setTimeout(resolve, 2000)));
      const idle = await timeMe(app.baseUrl, quiet, new Promise((resolve) => setTimeout(resolve, 5000)));
      console.log(`idle server, 5 s: ${JSON.stringify(percentiles(idle))}`);

      const started = performance.now();
      const burst = Promise.all(
        Array.from({ length: imports }, async (_, file) => {
          const response = await postLong(`${app.baseUrl}/api/v1/import/customers?locale=en`, { cookie: busy, "content-type": "text/csv" }, csv(file));
          const body = JSON.parse(response.body) as { created?: number };
          return { status: response.status, created: body.created, finishedMs: Math.round(performance.now() - started) };
        }),
      );
      const during = await timeMe(app.baseUrl, quiet, burst);
      const results = await burst;
      console.log(`${imports} imports of ${rows} rows in one organization, status:created@finished: ${JSON.stringify(results.map((r) => `${r.status}:${r.created}@${r.finishedMs}ms`))}`);
      console.log(`the other organization's GET /api/v1/me meanwhile: ${JSON.stringify(percentiles(during))}`);
    } finally {
      await app.stop();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
