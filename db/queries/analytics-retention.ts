import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";

/** The pre-aggregated cohort cells of the cohorts `first`..`last` (`YYYY-MM`, both included). */
export async function listRetentionCells(db: Db, { orgId, first, last }: { orgId: string; first: string; last: string }) {
  return queryRows<{ cohortMonth: string; k: number; active: number; activeOrAfter: number }>(
    db,
    sql`select to_char(cohort_month, 'YYYY-MM') as "cohortMonth", k, active, active_or_after as "activeOrAfter"
        from retention_cells
        where org_id = ${orgId} and cohort_month between ${`${first}-01`}::date and ${`${last}-01`}::date`,
  );
}
