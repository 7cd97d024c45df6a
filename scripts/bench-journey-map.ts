// DATABASE_URL=… npx tsx --conditions=react-server scripts/bench-journey-map.ts [--runs 30] [--days 30]
// Times the journey map's queries on the demo organization of the configured database (DATABASE_URL,
// else PGlite in PGLITE_DIR): median and p95 of each query alone and of the whole map (they run in
// parallel there), for the owner and for the sales user with the most customers, over the last
// `--days` days of the history.
import { sql } from "drizzle-orm";
import { listLostMoves, listStageCounts } from "@/db/queries/journey-map";
import { listStageDays } from "@/db/queries/journey-map-times";
import { listStageChannels, listStageNps, listStageQuotes } from "@/db/queries/journey-map-voice";
import { queryRows } from "@/db/sql";
import { addDays, localDate, previousPeriod } from "@/core/analytics/dates";
import { funnelStages } from "@/core/analytics/funnel-math";
import { quantile } from "@/core/analytics/stats";
import { loadStageFigures } from "@/lib/journey-map/figures";
import { sampleTimes } from "./bench/timing";
import { openDemoAnalytics } from "./bench/demo-analytics";
import { fail, flags } from "./cli";

const args = flags({ runs: { type: "string" }, days: { type: "string" } });
const runs = Number(args.runs ?? 30);
const days = Number(args.days ?? 30);

const { conn, db, orgId, ctx } = await openDemoAnalytics();
try {
  const [stats] = await queryRows<{ customers: number; events: number; touchpoints: number; feedback: number; latest: string; sales: string }>(
    db,
    sql`select (select count(*)::int from customers where org_id = ${orgId}) as customers,
      (select count(*)::int from stage_events where org_id = ${orgId}) as events,
      (select count(*)::int from touchpoints where org_id = ${orgId}) as touchpoints,
      (select count(*)::int from feedback where org_id = ${orgId}) as feedback,
      (select max(at)::text from stage_events where org_id = ${orgId}) as latest,
      (select owner_id::text from customers where org_id = ${orgId} and owner_id is not null group by 1 order by count(*) desc limit 1) as sales`,
  );
  if (!stats) fail("No statistics.");
  const to = addDays(localDate(Date.parse(stats.latest), ctx.timeZone), 1);
  const query = { journey: "acquisition" as const, from: addDays(to, -days), to };
  const stages = funnelStages(ctx.stages, query.journey);
  const range = { from: query.from, to: query.to, timeZone: ctx.timeZone };
  const previous = previousPeriod(query);
  const npsPeriod = { previousFrom: previous.from, previousTo: previous.to };
  console.log(`${conn.engine}: ${stats.customers} customers, ${stats.events} stage events, ${stats.touchpoints} touchpoints, ${stats.feedback} feedback; range [${query.from}, ${query.to}), ${runs} runs each`);

  for (const [who, ownerId] of [["owner", undefined], ["sales", stats.sales]] as const) {
    const scope = { orgId, ownerId, stages };
    const parts: [string, () => Promise<unknown>][] = [
      ["stage counts", () => listStageCounts(db, scope, range)],
      ["lost moves", () => listLostMoves(db, scope, range)],
      ["channels", () => listStageChannels(db, scope, range)],
      ["nps, two periods", () => listStageNps(db, scope, { ...range, ...npsPeriod })],
      ["quotes", () => listStageQuotes(db, scope, { ...range, limit: 3 })],
      ["time in stage", () => listStageDays(db, scope, range)],
      ["whole map", () => loadStageFigures(db, ctx, { ...query, ownerId })],
    ];
    for (const [name, run] of parts) {
      const times = await sampleTimes(run, { runs, warmup: 1 });
      const ms = (p: number) => (quantile(times, p) ?? 0).toFixed(1).padStart(8);
      console.log(`${`${who}: ${name}`.padEnd(28)} median ${ms(0.5)} ms   p95 ${ms(0.95)} ms`);
    }
  }
} finally {
  await conn.close();
}
