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
} as const;

export type AggregateSnapshot = Record<keyof typeof aggregateTables, string[]>;

/**
 * Every aggregate row of one organization as sorted text lines. Rows whose counters are all zero
 * are left out: a decrement leaves them behind, a computation from scratch never writes them.
 */
export async function snapshotAggregates(db: Db, orgId: string): Promise<AggregateSnapshot> {
  const entries = await Promise.all(
    Object.entries(aggregateTables).map(async ([table, { key, counters }]) => {
      const columns = [...key, ...counters].map((c) => `coalesce(${c}::text, '-')`).join(", ");
      const nonZero = table === "team_conversions" ? "true" : counters.map((c) => `${c} <> 0`).join(" or ");
      const rows = await queryRows<{ line: string }>(
        db,
        sql`select concat_ws('|', ${sql.raw(columns)}) as line from ${sql.identifier(table)}
            where org_id = ${orgId} and (${sql.raw(nonZero)}) order by 1`,
      );
      return [table, rows.map((r) => r.line)];
    }),
  );
  return Object.fromEntries(entries) as AggregateSnapshot;
}

/** Recomputes the organization's aggregates from the base tables (the migration's rebuild function). */
export async function rebuildAggregates(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select retention_rebuild_org(${orgId})`);
}
