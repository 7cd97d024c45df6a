import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/sql";

/** The retention/loyalty/team aggregate tables, each with its key and counter columns. */
const aggregateTables = {
  retention_customer_months: { key: ["customer_id", "month"], counters: ["purchases", "amount_minor"] },
  retention_cells: { key: ["cohort_month", "k"], counters: ["active", "active_or_after"] },
  loyalty_months: {
    key: ["month"],
    counters: ["buyers", "repeat_buyers", "new_buyers", "returning_buyers", "resurrecting_buyers", "dormant_buyers", "purchases", "revenue_minor", "referrals"],
  },
  loyalty_feedback_months: { key: ["month", "stage_key"], counters: ["promoters", "passives", "detractors"] },
  loyalty_stage_months: { key: ["month", "stage_key"], counters: ["entered", "exited", "lost_from"] },
  team_months: { key: ["user_id", "month"], counters: ["moves"] },
  team_conversions: { key: ["event_id"], counters: ["customer_id", "owner_id", "at", "ms_to_convert"] },
  team_conversion_days: { key: ["owner_id", "month", "days"], counters: ["conversions"] },
  customer_stage_counts: { key: ["owner_id", "stage_key", "lost"], counters: ["customers", "purchases_minor"] },
  owner_move_hours: { key: ["owner_id", "hour"], counters: ["moves"] },
  assignee_open_tasks: { key: ["assignee_id"], counters: ["tasks"] },
  journey_map_days: {
    key: ["coalesce(owner_id::text, '-')", "stage_key", "kind", "day", "coalesce(other_day::text, '-')", "coalesce(label, '-')"],
    counters: ["n"],
  },
  journey_map_visits: { key: ["event_id"], counters: [] },
} as const;

export type AggregateSnapshot = Record<keyof typeof aggregateTables, string[]>;

/**
 * Every aggregate row of one organization as sorted text lines, the rows of one key summed (the
 * stage-event counts are appended, several rows per key). Keys whose counters are all zero are left
 * out: a decrement leaves them behind, a computation from scratch never writes them.
 */
export async function snapshotAggregates(db: Db, orgId: string): Promise<AggregateSnapshot> {
  const entries = await Promise.all(
    Object.entries(aggregateTables).map(async ([table, { key, counters }]) => {
      const lines =
        table === "team_conversions" ? conversionLines(orgId) : table === "journey_map_visits" ? visitLines(orgId) : summedLines(table, orgId, key, counters);
      const rows = await queryRows<{ line: string }>(db, lines);
      return [table, rows.map((r) => r.line)];
    }),
  );
  return Object.fromEntries(entries) as AggregateSnapshot;
}

function summedLines(table: string, orgId: string, key: readonly string[], counters: readonly string[]) {
  const sums = counters.map((c) => `sum(${c})`);
  const columns = [...key.map((k) => `${k}::text`), ...sums.map((s) => `${s}::text`)].join(", ");
  return sql`select concat_ws('|', ${sql.raw(columns)}) as line from ${sql.identifier(table)}
             where org_id = ${orgId} group by ${sql.raw(key.join(", "))}
             having ${sql.raw(sums.map((s) => `${s} <> 0`).join(" or "))} order by 1`;
}

function conversionLines(orgId: string) {
  const { key, counters } = aggregateTables.team_conversions;
  const columns = [...key, ...counters].map((c) => `coalesce(${c}::text, '-')`).join(", ");
  return sql`select concat_ws('|', ${sql.raw(columns)}) as line from team_conversions where org_id = ${orgId} order by 1`;
}

function visitLines(orgId: string) {
  return sql`select v::text as line from journey_map_visits v where org_id = ${orgId} order by 1`;
}

/** Recomputes the organization's aggregates from the base tables (the migrations' rebuild functions). */
export async function rebuildAggregates(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select retention_rebuild_org(${orgId}), customer_stage_counts_rebuild(${orgId}), owner_move_hours_rebuild(${orgId}), assignee_open_tasks_rebuild(${orgId})`);
  await db.execute(sql`select journey_map_rebuild_org(${orgId})`);
}
