// Crash safety with a real server (SPEC §8): `npx tsx --conditions=react-server tests/crash/run.ts`.
// Serves the production build in NEXT_DIST_DIR (default .next) on port 3300 (CRASH_PORT), on PGlite and, when
// TEST_DATABASE_URL is set, on a Postgres database of its own; kills it with SIGKILL during a bulk
// move and during an import, restarts it, and checks the data (playbooks firing on those moves
// included: exactly once). Exits 1 on any violation.
import path from "node:path";
import { importPath } from "@/lib/import/file-store";
import { DEMO_PASSWORD } from "@/db/seed";
import { actionIds } from "../e2e/actions";
import { awaitPlaybooksRun, checkPlaybooks, createCrashPlaybooks } from "./automations";
import { checkConsistency, checkImport, checkMoves, historyCounts, moveCandidates, type Check } from "./checks";
import { Client } from "./client";
import { awaitResumedImport, crashDuringImport, importFile } from "./import";
import { crashDuringMoves } from "./moves";
import { Server } from "./server";
import { pgliteTarget, postgresTarget, prepare, type Target } from "./targets";

/** The demo organization's owner (db/seed/demo-org.ts). */
const OWNER = "owner@demo.test";
/** Rows to import: enough that the kill lands midway (Postgres imports without PGlite's pauses between batches). */
const IMPORT_ROWS = { pglite: 4_000, postgres: 20_000 };

async function crashTest(target: Target): Promise<Check[]> {
  const orgId = await prepare(target);
  const ready = await target.open();
  const [before, candidates] = await Promise.all([historyCounts(ready.db, orgId), moveCandidates(ready.db, orgId)]);
  await ready.close();

  const ids = actionIds();
  const server = new Server(target.env, path.join(target.dir, "server.log"));
  const client = new Client();
  const file = importFile(IMPORT_ROWS[target.engine]);
  try {
    await server.start();
    await client.signIn(OWNER, DEMO_PASSWORD);
    const playbooks = await createCrashPlaybooks(client);
    const ledger = await crashDuringMoves(server, client, ids.get("bulkMoveAction") ?? "", candidates);
    await server.start();
    const { id, rowsDoneAtKill } = await crashDuringImport(server, client, ids.get("startImportAction") ?? "", file.csv);
    await server.start();
    const job = await awaitResumedImport(client, id);
    await awaitPlaybooksRun(client, playbooks);
    await server.stop();

    const conn = await target.open();
    try {
      const upload = importPath(path.join(target.dir, "imports"), orgId, id);
      return [
        { name: "the server came back after each kill -9", ok: true, detail: "2 restarts" },
        ...(await checkMoves(conn.db, orgId, before, ledger)),
        ...(await checkImport(conn.db, orgId, { job, rows: file.rows, rejected: file.rejected, rowsDoneAtKill, upload })),
        ...(await checkPlaybooks(conn.db, orgId, playbooks)),
        ...(await checkConsistency(conn.db, orgId)),
      ];
    } finally {
      await conn.close();
    }
  } finally {
    await server.stop();
  }
}

const targets = [pgliteTarget, ...(process.env.TEST_DATABASE_URL ? [() => postgresTarget(process.env.TEST_DATABASE_URL ?? "")] : [])];
let failed = 0;
let passed = 0;
for (const makeTarget of targets) {
  const target = await makeTarget();
  const started = Date.now();
  console.log(`== crash safety on ${target.engine}`);
  let checks: Check[] = [];
  try {
    checks = await crashTest(target);
  } catch (error) {
    checks = [{ name: "the crash scenario ran to the end", ok: false, detail: String(error instanceof Error ? error.stack : error) }];
  }
  for (const check of checks) console.log(`  ${check.ok ? "✓" : "✗"} ${check.name} (${check.detail})`);
  const bad = checks.filter((c) => !c.ok).length;
  failed += bad;
  passed += checks.length - bad;
  console.log(`  ${target.engine}: ${checks.length - bad} of ${checks.length} checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (bad === 0 || target.engine === "postgres") await target.drop();
  else console.log(`  kept ${target.dir} (server logs and database) for a look`);
}
console.log(`crash safety: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
