// npx tsx --conditions=react-server scripts/bench-funnel.ts [--runs 30]
// Times the funnel analytics functions on the demo organization of the configured database
// (DATABASE_URL, else PGlite in PGLITE_DIR): median and p95 per mode over the last 30 days.
import { sql } from "drizzle-orm";
import { funnelFor } from "@/db/queries/analytics-funnel";
import { funnelKpis } from "@/db/queries/analytics-funnel-kpis";
import { flow, snapshot } from "@/db/queries/analytics-funnel-snapshot";
import { timeInStage, timeToConvert } from "@/db/queries/analytics-funnel-times";
import { queryRows } from "@/db/sql";
import { addDays, localDate } from "@/core/analytics/dates";
import type { FunnelQuery } from "@/core/analytics/types";
import { quantile } from "@/core/analytics/stats";
import { openDemoAnalytics } from "./bench/demo-analytics";
import { flags } from "./cli";

const args = flags({ runs: { type: "string" }, days: { type: "string" } });
const runs = Number(args.runs ?? 30);
const days = Number(args.days ?? 30);

const { conn, db, orgId, ctx } = await openDemoAnalytics();
try {
  const [stats] = await queryRows<{ customers: number; events: number; latest: string }>(
    db,
    sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
      (select count(*)::int from stage_events where org_id = ${orgId}) as events,
      (select max(at)::text from stage_events where org_id = ${orgId}) as latest`,
  );
  const to = addDays(localDate(Date.parse(stats?.latest ?? new Date().toISOString()), ctx.timeZone), 1);
  const range = { from: addDays(to, -days), to };
  const base: FunnelQuery = { ...range, journey: "acquisition", cohort: "created", order: "any" };
  console.log(`${conn.engine}: ${stats?.customers} customers, ${stats?.events} stage events; range [${range.from}, ${range.to}), ${runs} runs each`);

  const modes: [string, () => Promise<unknown>][] = [
    ["funnel default (aggregate)", () => funnelFor(db, ctx, base)],
    ["funnel default, by channel", () => funnelFor(db, ctx, { ...base, breakdown: "channel" })],
    ["funnel default, 18 months", () => funnelFor(db, ctx, { ...base, from: addDays(to, -548) })],
    ["funnel strict", () => funnelFor(db, ctx, { ...base, order: "strict" })],
    ["funnel window 14", () => funnelFor(db, ctx, { ...base, windowDays: 14 })],
    ["funnel asOf", () => funnelFor(db, ctx, { ...base, asOf: addDays(to, -8) })],
    ["funnel active", () => funnelFor(db, ctx, { ...base, cohort: "active" })],
    ["funnel active strict, by owner", () => funnelFor(db, ctx, { ...base, cohort: "active", order: "strict", breakdown: "owner" })],
    ["funnel retention", () => funnelFor(db, ctx, { ...base, journey: "retention" })],
    ["kpis (two periods)", () => funnelKpis(db, ctx, base)],
    ["snapshot", () => snapshot(db, ctx, { asOf: addDays(to, -1) })],
    ["time in stage", () => timeInStage(db, ctx, base)],
    ["time to convert", () => timeToConvert(db, ctx, base)],
    ["flow", () => flow(db, ctx, base)],
  ];
  for (const [name, run] of modes) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    const ms = (p: number) => (quantile(times, p) ?? 0).toFixed(1).padStart(8);
    console.log(`${name.padEnd(34)} median ${ms(0.5)} ms   p95 ${ms(0.95)} ms`);
  }
} finally {
  await conn.close();
}
