// npm run bench:orgs -- [--orgs 10] [--customers 100000] [--seconds 10] [--keep] [--build]
// Many organizations (issue 19 item 7): seeds `orgs` organizations of `customers` customers each
// into PostgreSQL (DATABASE_URL, else masir_bench_orgs_<orgs>x<customers> on the local server,
// dropped at the end unless --keep), serves the production build (.next-bench) on port 3200 and
// runs the same move load twice: every connection on one organization's customers, then the same
// connections spread evenly over all the organizations. If one organization's moves made another's
// wait, the spread run would be slower than the single one; docs/benchmarks.md has the figures.
import { loadavg } from "node:os";
import { openPostgres } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/seed";
import { fail, flags } from "./cli";
import { Cleanup } from "./bench/cleanup";
import { benchDatabase } from "./bench/database";
import { loadMoves, type MovesLoad, type MoveTarget } from "./bench/moves";
import { prepareOrgs } from "./bench/orgs";
import { formatTable } from "./bench/report";
import { ensureBuild, startServer } from "./bench/server";
import { signIn } from "./bench/sign-in";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const MOVE_CONCURRENCY = 32;
const ROUNDS = 2;
const row = (round: number, label: string, m: MovesLoad) => [round, label, m.rps, m.p50Ms, m.p95Ms, m.non2xx];

const args = flags({
  orgs: { type: "string" }, customers: { type: "string" }, seconds: { type: "string" }, keep: { type: "boolean" }, build: { type: "boolean" },
});
const orgCount = Number(args.orgs ?? 10);
const customers = Number(args.customers ?? 100_000);
const seconds = Number(args.seconds ?? 10);
if (!Number.isSafeInteger(orgCount) || orgCount < 2) fail(`--orgs must be a whole number of at least 2, got "${args.orgs}"`);
if (!Number.isSafeInteger(customers) || customers < 1000) fail(`--customers must be a whole number of at least 1000, got "${args.customers}"`);
if (!(seconds > 0)) fail(`--seconds must be a positive number, got "${args.seconds}"`);

const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(", ")} (1, 5, 15 min; 2 cores)`;
const cleanup = new Cleanup();
try {
  console.log(`Masir bench, many organizations: ${orgCount} × ${customers.toLocaleString("en")} customers; ${load()}`);
  const target = await benchDatabase(`masir_bench_orgs_${orgCount}x${customers}`);
  if (target.drop && !args.keep) cleanup.add("dropping the database", target.drop);
  console.log(`Database: ${target.label}`);
  const orgs = await prepareOrgs(target.url, orgCount, customers);
  console.log(`Seeded; ${load()}`);

  ensureBuild(DIST_DIR, args.build ?? false);
  const server = await startServer({ databaseUrl: target.url, port: PORT, distDir: DIST_DIR });
  cleanup.add("stopping the server", server.stop);
  console.log(`Server: ${server.baseUrl} (log: ${server.logFile})`);
  const bench = await openPostgres(target.url, 4);
  cleanup.add("closing the bench connection", bench.close);

  const targets: MoveTarget[] = [];
  for (const org of orgs) targets.push({ cookie: await signIn(server.baseUrl, org.salesEmail, DEMO_PASSWORD), orgId: org.orgId, ownerId: org.salesId });
  const run = async (label: string, chosen: MoveTarget[]) => {
    const moves = await loadMoves({ baseUrl: server.baseUrl, db: bench.db, targets: chosen, concurrency: MOVE_CONCURRENCY, seconds });
    console.log(`  ${label}: ${moves.rps}/s, p50 ${moves.p50Ms} ms, p95 ${moves.p95Ms} ms; ${load()}`);
    return moves;
  };
  // Alternated, so a change in the machine's load during the runs shows instead of favouring one side.
  const rows: (string | number)[][] = [];
  const ratios: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const one = await run(`round ${round}, one organization`, targets.slice(0, 1));
    const spread = await run(`round ${round}, spread over ${orgCount}`, targets);
    rows.push(row(round, "one organization", one), row(round, `${orgCount} organizations`, spread));
    ratios.push(`round ${round}: ${(spread.rps / one.rps).toFixed(2)} × the throughput, ${(spread.p95Ms / one.p95Ms).toFixed(2)} × the p95`);
  }
  console.log(`\nmoves, ${MOVE_CONCURRENCY} connections, ${orgCount} organizations × ${customers.toLocaleString("en")} customers:`);
  console.log(formatTable(["round", "load on", "moves/s", "p50 ms", "p95 ms", "not 201"], rows));
  console.log(`spread / one: ${ratios.join("; ")}\n${load()}`);
} catch (error) {
  console.error(`\nBench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}
