import type { FeedbackMonthRow, LoyaltyMonthRow, StageMonthRow } from "@/db/queries/analytics-loyalty";
import { npsScore, pipelineValue, share } from "./math";
import type { LoyaltyMonth, StageNps } from "./types";
import type { Month } from "@/lib/analytics/retention/months";

export interface LoyaltyRows {
  /** Every month with counters up to the last month reported, in order. */
  monthRows: LoyaltyMonthRow[];
  /** Likewise for the stage flow. */
  stageRows: StageMonthRow[];
  feedbackRows: FeedbackMonthRow[];
}

/**
 * The reported months from the aggregate rows. Stage counts at a month's end and the running
 * purchase mean are sums over all months up to it (months are `YYYY-MM`, so text order is time order).
 */
export function buildLoyalty(months: Month[], current: Month, { monthRows, stageRows, feedbackRows }: LoyaltyRows): LoyaltyMonth[] {
  return months.map((month) => {
    const row = monthRows.find((r) => r.month === month);
    const upto = monthRows.filter((r) => r.month <= month);
    const stagesUpto = stageRows.filter((r) => r.month <= month);
    const feedback = feedbackRows.filter((r) => r.month === month);
    const total = (key: "promoters" | "passives" | "detractors") => feedback.reduce((sum, r) => sum + r[key], 0);
    const [promoters, passives, detractors] = [total("promoters"), total("passives"), total("detractors")];
    const responses = promoters + passives + detractors;
    const npsByStage: Record<string, StageNps> = {};
    for (const r of feedback) {
      const stageResponses = r.promoters + r.passives + r.detractors;
      if (stageResponses > 0) npsByStage[r.stageKey] = { responses: stageResponses, nps: npsScore(r.promoters, r.detractors, stageResponses) };
    }
    const averagePurchaseMinor = share(
      upto.reduce((sum, r) => sum + r.revenueMinor, 0),
      upto.reduce((sum, r) => sum + r.purchases, 0),
    );
    const pipelineCustomers = stagesUpto.reduce((sum, r) => sum + r.acquisitionNet, 0);
    const buyers = row?.buyers ?? 0;
    const repeatBuyers = row?.repeatBuyers ?? 0;
    return {
      month,
      partial: month === current,
      buyers,
      repeatBuyers,
      repeatRate: share(repeatBuyers, buyers),
      responses,
      promoters,
      passives,
      detractors,
      nps: npsScore(promoters, detractors, responses),
      npsByStage,
      referrals: row?.referrals ?? 0,
      loyaltyCount: stagesUpto.reduce((sum, r) => sum + r.loyaltyNet, 0),
      churned: stageRows.find((r) => r.month === month)?.churned ?? 0,
      purchases: row?.purchases ?? 0,
      revenueMinor: row?.revenueMinor ?? 0,
      averagePurchaseMinor,
      pipelineCustomers,
      pipelineValueMinor: pipelineValue(averagePurchaseMinor, pipelineCustomers),
      lifecycle: {
        new: row?.newBuyers ?? 0,
        returning: row?.returningBuyers ?? 0,
        resurrecting: row?.resurrectingBuyers ?? 0,
        dormant: row?.dormantBuyers ? -row.dormantBuyers : 0,
      },
    };
  });
}
