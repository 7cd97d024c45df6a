// npm run bench -- --customers N [--json FILE] [--keep] [--build] [--seconds S] [--seed S] [--only a,b]
// Seeds one organization of N customers into PostgreSQL (DATABASE_URL, else a database of its own,
// masir_bench_<N>, on the local server, dropped at the end unless --keep), serves the production
// build (.next-bench, built when missing) on port 3200, and times dashboards, pages and moves over
// HTTP beside the same endpoints' SQL replayed alone. docs/benchmarks.md explains the method.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import type postgres from "postgres";
import { provideConnection } from "@/db";
import { openPostgres } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/seed";
import { fail, flags } from "./cli";
import { Cleanup } from "./bench/cleanup";
import { prepareData } from "./bench/data";
import { benchDatabase } from "./bench/database";
import { endpoints } from "./bench/endpoints";
import { describeFirstLoad, measureFirstLoad } from "./bench/first-load";
import { timeGet, WARMUP_REQUESTS } from "./bench/http";
import { startHttpFloor } from "./bench/http-floor";
import { loadMoves, loadMovesWith, type MovesLoad } from "./bench/moves";
import { rawMoves } from "./bench/moves-raw";
import { everyPage } from "./bench/pages";
import { SqlRecorder, timeReplay } from "./bench/raw-sql";
import { formatMs, formatTable, movesShare, movesVerdict, percentiles, resultLine, targets, verdict, type BenchReport, type ResultLine } from "./bench/report";
import { ensureBuild, startServer } from "./bench/server";
import { signIn } from "./bench/sign-in";
import { benchUsers, searchSamples } from "./bench/users";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const MOVE_CONCURRENCY = 32;

const args = flags({
  customers: { type: "string" }, json: { type: "string" }, keep: { type: "boolean" }, build: { type: "boolean" },
  seconds: { type: "string" }, seed: { type: "string" }, only: { type: "string" },
});
const customers = Number(args.customers);
const seconds = Number(args.seconds ?? 10);
const seed = Number(args.seed ?? 1);
if (!Number.isSafeInteger(customers) || customers < 1000) fail(`--customers must be a whole number of at least 1000, got "${args.customers ?? ""}"`);
if (!(seconds > 0)) fail(`--seconds must be a positive number, got "${args.seconds}"`);
if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number, got "${args.seed}"`);
const only = selection(args.only);

const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(", ")} (1, 5, 15 min; 2 cores)`;
const cleanup = new Cleanup();
try {
  console.log(`Masir bench: ${customers.toLocaleString("en")} customers; ${load()}`);
  const target = await benchDatabase(`masir_bench_${customers}`);
  if (target.drop && !args.keep) cleanup.add("dropping the database", target.drop);
  console.log(`Database: ${target.label}`);
  const { orgId, scale } = await prepareData(target, customers, seed);
  console.log(`Scale: ${JSON.stringify(scale)}; ${load()}`);

  ensureBuild(DIST_DIR, args.build ?? false);
  const server = await startServer({ databaseUrl: target.url, port: PORT, distDir: DIST_DIR });
  cleanup.add("stopping the server", server.stop);
  console.log(`Server: ${server.baseUrl}, ${server.processes} process(es) (log: ${server.logFile})`);

  const bench = await openPostgres(target.url);
  cleanup.add("closing the bench connection", bench.close);
  // The lib functions the routes call take the server's connection from db/index.ts: give them the bench's.
  provideConnection(bench);
  const client = (bench.db as unknown as { $client: postgres.Sql }).$client;
  const recorder = new SqlRecorder(client);

  const users = await benchUsers(bench.db);
  const cookies = { owner: await signIn(server.baseUrl, users.owner.email, DEMO_PASSWORD), sales: await signIn(server.baseUrl, users.sales.email, DEMO_PASSWORD) };
  const samples = await searchSamples(bench.db, orgId, scale.customers);

  const results: ResultLine[] = [];
  const table: (string | number)[][] = [];
  if (only("http-floor")) {
    const floor = await startHttpFloor();
    cleanup.add("closing the HTTP floor server", floor.close);
    // No SQL and no server of ours: printed beside the lines, left out of the JSON report's results.
    const latencies = await timeGet(floor.url, "", seconds);
    const { p50, p95 } = percentiles(latencies);
    table.push(["http-floor", "—", formatMs(p50), formatMs(p95), "—", "—", "—", "—", latencies.length, 0, ""]);
    console.log(`  http-floor (bare Node HTTP, no Next.js): p50 ${p50} ms, p95 ${p95} ms; ${load()}`);
  }
  for (const endpoint of endpoints(samples).filter((e) => only(e.name))) {
    const statements = await recorder.record(() => endpoint.sql(bench.db, users[endpoint.as]));
    const cpuBefore = server.cpuMs();
    const app = await timeGet(`${server.baseUrl}${endpoint.path}`, cookies[endpoint.as], seconds);
    const cpuAfter = server.cpuMs();
    const line = resultLine(endpoint.name, app, await timeReplay(client, statements, app.length));
    results.push(line);
    const ms = [line.p50Ms, line.p95Ms, line.rawSqlMs, line.p50Ms - line.rawSqlMs].map(formatMs);
    const cpu = cpuBefore !== null && cpuAfter !== null ? formatMs((cpuAfter - cpuBefore) / (app.length + WARMUP_REQUESTS)) : "—";
    table.push([line.name, endpoint.as, ...ms, cpu, line.ratio.toFixed(2), app.length, statements.length, verdict(line, targets[line.name])]);
    console.log(`  ${line.name}: p50 ${line.p50Ms} ms, p95 ${line.p95Ms} ms, SQL p50 ${line.rawSqlMs} ms, server CPU ${cpu} ms per request (${app.length} requests); ${load()}`);
  }

  const moveLoad = { db: bench.db, targets: [{ cookie: cookies.sales, orgId, ownerId: users.sales.id }], concurrency: MOVE_CONCURRENCY, seconds };
  const moves = only("moves") ? await loadMoves({ ...moveLoad, baseUrl: server.baseUrl, cpuMs: server.cpuMs }) : null;
  let movesRaw: MovesLoad | null = null;
  if (only("moves-raw")) {
    const raw = await openPostgres(target.url, MOVE_CONCURRENCY);
    cleanup.add("closing the moves-raw pool", raw.close);
    movesRaw = await loadMovesWith(rawMoves(raw.db, users.sales, MOVE_CONCURRENCY), moveLoad);
  }

  console.log(`\nScale: ${scale.customers.toLocaleString("en")} customers, ${scale.stageEvents.toLocaleString("en")} stage events, ${scale.purchases.toLocaleString("en")} purchases (searches ${JSON.stringify(samples)})`);
  console.log(formatTable(["name", "as", "p50 ms", "p95 ms", "SQL p50 ms", "p50 − SQL", "CPU ms/req", "ratio", "requests", "statements", "target"], table));
  if (moves) {
    console.log(
      `\nmoves: ${moves.concurrency} connections, ${server.processes} server process(es), ${moves.rps}/s, p50 ${moves.p50Ms} ms, p95 ${moves.p95Ms} ms` +
        `${moves.cpuMsPerMove !== null ? `, server CPU ${moves.cpuMsPerMove} ms per move` : ""}` +
        `${moves.non2xx ? `, ${moves.non2xx} answers not 201` : ""} — ${movesVerdict(moves)}`,
    );
  }
  if (movesRaw) {
    console.log(
      `moves-raw: ${movesRaw.concurrency} postgres.js clients, no HTTP, ${movesRaw.rps}/s, p50 ${movesRaw.p50Ms} ms, p95 ${movesRaw.p95Ms} ms` +
        `${movesRaw.non2xx ? `, ${movesRaw.non2xx} failed` : ""}${moves ? ` — the app's moves: ${movesShare(moves, movesRaw)}` : ""}`,
    );
  }
  const summary = (m: MovesLoad) => ({ concurrency: m.concurrency, rps: m.rps, p95Ms: m.p95Ms });
  const report: BenchReport = { scale, results, load: { ...(moves && { moves: summary(moves) }), ...(movesRaw && { movesRaw: summary(movesRaw) }) } };
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Wrote ${args.json}`);
  }

  if (only("first-load")) {
    const firstLoad = await measureFirstLoad(server.baseUrl, cookies.owner, await everyPage(bench.db, users.owner));
    console.log(`\nFirst-load JS (owner, cold cache):\n${describeFirstLoad(firstLoad)}`);
  }
  console.log(`\n${load()}`);
} catch (error) {
  console.error(`\nBench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}

/** `--only funnel,moves`: the lines (and "moves", "moves-raw", "first-load") to run; all of them without the flag. */
function selection(list: string | undefined): (name: string) => boolean {
  if (!list) return () => true;
  const names = new Set(list.split(",").map((name) => name.trim()));
  return (name) => names.has(name);
}
