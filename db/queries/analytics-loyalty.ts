import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";

interface Upto {
  orgId: string;
  /** Last month wanted, `YYYY-MM`; earlier months come too, for the running totals. */
  last: string;
}

export interface LoyaltyMonthRow {
  month: string;
  buyers: number;
  repeatBuyers: number;
  newBuyers: number;
  returningBuyers: number;
  resurrectingBuyers: number;
  dormantBuyers: number;
  purchases: number;
  revenueMinor: number;
  referrals: number;
}

/** The purchase, lifecycle and referral counters of every month up to `last`. */
export async function listLoyaltyMonths(db: Db, { orgId, last }: Upto) {
  return queryRows<LoyaltyMonthRow>(
    db,
    sql`select to_char(month, 'YYYY-MM') as month, buyers, repeat_buyers as "repeatBuyers", new_buyers as "newBuyers",
               returning_buyers as "returningBuyers", resurrecting_buyers as "resurrectingBuyers",
               dormant_buyers as "dormantBuyers", purchases, revenue_minor as "revenueMinor", referrals
        from loyalty_months
        where org_id = ${orgId} and month <= ${`${last}-01`}::date
        order by month`,
  );
}

export interface StageMonthRow {
  month: string;
  /** Entries minus exits of `loyalty` in the month. */
  loyaltyNet: number;
  /** Entries minus exits of the acquisition-journey stages in the month. */
  acquisitionNet: number;
  /** Moves to `lost` from retention-journey stages. */
  churned: number;
}

/** Stage flow per month up to `last`, grouped by the stages' current journey. */
export async function listStageMonths(db: Db, { orgId, last }: Upto) {
  return queryRows<StageMonthRow>(
    db,
    sql`select to_char(m.month, 'YYYY-MM') as month,
               coalesce(sum(m.entered - m.exited) filter (where m.stage_key = 'loyalty'), 0)::int as "loyaltyNet",
               coalesce(sum(m.entered - m.exited) filter (where s.journey = 'acquisition'), 0)::int as "acquisitionNet",
               coalesce(sum(m.lost_from) filter (where s.journey = 'retention'), 0)::int as churned
        from loyalty_stage_months m
        left join stages s on s.org_id = m.org_id and s.key = m.stage_key
        where m.org_id = ${orgId} and m.month <= ${`${last}-01`}::date
        group by m.month
        order by m.month`,
  );
}

export interface FeedbackMonthRow {
  month: string;
  stageKey: string;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Feedback counts per month and stage for `first`..`last`. */
export async function listFeedbackMonths(db: Db, { orgId, first, last }: Upto & { first: string }) {
  return queryRows<FeedbackMonthRow>(
    db,
    sql`select to_char(month, 'YYYY-MM') as month, stage_key as "stageKey", promoters, passives, detractors
        from loyalty_feedback_months
        where org_id = ${orgId} and month between ${`${first}-01`}::date and ${`${last}-01`}::date`,
  );
}
