// npx tsx --conditions=react-server scripts/bench-board.ts [--runs 40]
// Times the board queries on the demo organization of the configured database (DATABASE_URL, else
// PGlite in PGLITE_DIR), e.g. after `npm run db:seed -- --customers 100000`: what the board page
// waits for (columns with counts, then the first page of every column), the column values it
// streams in afterwards, and a deep page of one column.
import { and, eq, sql } from "drizzle-orm";
import { openFromEnv } from "@/db/client";
import { boardColumnPage, boardColumns, boardFirstPages, boardValues, type BoardCursor } from "@/db/queries/board";
import { users } from "@/db/schema";
import type { Journey } from "@/core/constants";
import { findDemoOrg } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import { fail, flags } from "./cli";
import { timeIt } from "./bench/timing";

const args = flags({ runs: { type: "string" } });
const runs = Number(args.runs ?? 40);

const conn = await openFromEnv();
try {
  const { db } = conn;
  const orgId = (await findDemoOrg(db)) ?? fail("No demo organization: run `npm run db:seed` first.");
  const [sales] = await db.select().from(users).where(and(eq(users.orgId, orgId), eq(users.email, "sales@demo.test")));
  const [stats] = await queryRows<{ customers: number; purchases: number }>(
    db,
    sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
      (select count(*)::int from purchases where org_id = ${orgId}) as purchases`,
  );
  console.log(`${conn.engine}: ${stats?.customers} customers, ${stats?.purchases} purchases; ${runs} runs each (p50 / p95)`);

  const board = async (journey: Journey, ownerId?: string) => {
    const columns = await boardColumns(db, { orgId, ownerId, journey });
    return boardFirstPages(db, { orgId, ownerId, stageKeys: columns.map((c) => c.key) });
  };
  const keys = (journey: Journey) => boardColumns(db, { orgId, journey }).then((cs) => cs.map((c) => c.key));
  const acquisition = await keys("acquisition");

  let deep: BoardCursor | undefined;
  for (let page = 0; page < 20; page++) {
    const next = (await boardColumnPage(db, { orgId, stageKey: "awareness", after: deep })).nextCursor;
    if (!next) break;
    deep = next;
  }

  const cases: [string, () => Promise<unknown>][] = [
    ["board page wait, acquisition, owner", () => board("acquisition")],
    ["board page wait, retention, owner", () => board("retention")],
    ["board page wait, acquisition, sales user", () => board("acquisition", sales?.id)],
    ["  counts only, acquisition, owner", () => boardColumns(db, { orgId, journey: "acquisition" })],
    ["  first pages only, acquisition, owner", () => boardFirstPages(db, { orgId, stageKeys: acquisition })],
    ["streamed values, acquisition, owner", () => boardValues(db, { orgId, journey: "acquisition" })],
    ["streamed values, retention, owner", () => boardValues(db, { orgId, journey: "retention" })],
    ["streamed values, acquisition, sales user", () => boardValues(db, { orgId, ownerId: sales?.id, journey: "acquisition" })],
    ["one column page 21 deep (cursor)", () => boardColumnPage(db, { orgId, stageKey: "awareness", after: deep })],
  ];
  for (const [name, run] of cases) {
    const { p50Ms, p95Ms } = await timeIt(run, { runs });
    console.log(`${name.padEnd(42)} ${String(p50Ms).padStart(8)} ms ${String(p95Ms).padStart(8)} ms`);
  }
} finally {
  await conn.close();
}
