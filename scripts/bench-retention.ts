// DATABASE_URL=… npx tsx --conditions=react-server scripts/bench-retention.ts [--runs 50]
// Times the retention, loyalty and team analytics functions on the demo organization of the
// configured database (DATABASE_URL, else PGlite in PGLITE_DIR): median and p95 per query.
import { sql } from "drizzle-orm";
import { openFromEnv } from "@/db/client";
import { findDemoOrg } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { getRetention } from "@/lib/analytics/retention/cohorts";
import { addMonths, monthOf } from "@/lib/analytics/retention/months";
import { quantile } from "@/core/analytics/stats";
import { getTeam } from "@/lib/analytics/loyalty/team";
import { fail, flags } from "./cli";

const args = flags({ runs: { type: "string" } });
const runs = Number(args.runs ?? 50);

const conn = await openFromEnv();
try {
  const { db } = conn;
  const orgId = (await findDemoOrg(db)) ?? fail("No demo organization: run `npm run db:seed` first.");
  const [stats] = await queryRows<{ customers: number; purchases: number; events: number; latest: string; tz: string }>(
    db,
    sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
      (select count(*)::int from purchases where org_id = ${orgId}) as purchases,
      (select count(*)::int from stage_events where org_id = ${orgId}) as events,
      (select max(at)::text from stage_events where org_id = ${orgId}) as latest,
      (select time_zone from organizations where id = ${orgId}) as tz`,
  );
  // "Now" is the end of the demo history, so the ranges hold data whatever day the seed ran.
  const now = new Date(stats?.latest ?? Date.now());
  const current = monthOf(now, stats?.tz ?? "UTC");
  const last12 = { from: addMonths(current, -11), to: addMonths(current, 1) };
  const last36 = { from: addMonths(current, -35), to: addMonths(current, 1) };
  const scope = { orgId, now };
  console.log(`${conn.engine}: ${stats?.customers} customers, ${stats?.purchases} purchases, ${stats?.events} stage events; ${runs} runs each`);

  const queries: [string, () => Promise<unknown>][] = [
    ["retention on, 12 months", () => getRetention(db, scope, { ...last12, mode: "on" })],
    ["retention onOrAfter, 12 months", () => getRetention(db, scope, { ...last12, mode: "onOrAfter" })],
    ["retention on, 36 months", () => getRetention(db, scope, { ...last36, mode: "on" })],
    ["loyalty, 12 months", () => getLoyalty(db, scope, last12)],
    ["loyalty, 36 months", () => getLoyalty(db, scope, last36)],
    ["team, 12 months", () => getTeam(db, scope, last12)],
    ["team, 36 months", () => getTeam(db, scope, last36)],
  ];
  for (const [name, run] of queries) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    const ms = (p: number) => (quantile(times, p) ?? 0).toFixed(1).padStart(8);
    console.log(`${name.padEnd(32)} median ${ms(0.5)} ms   p95 ${ms(0.95)} ms`);
  }
  const started = performance.now();
  await db.execute(sql`select retention_rebuild_org(${orgId})`);
  console.log(`rebuild of every aggregate from scratch (time-zone change): ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await conn.close();
}
