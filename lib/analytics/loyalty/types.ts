import type { Role } from "@/core/constants";
import type { Month } from "@/lib/analytics/retention/months";

/** PostHog's lifecycle applied to purchases; `dormant` is negative, as PostHog draws it. */
export interface Lifecycle {
  new: number;
  returning: number;
  resurrecting: number;
  dormant: number;
}

export interface StageNps {
  responses: number;
  nps: number | null;
}

export interface LoyaltyMonth {
  month: Month;
  /** The current month, not over yet in the organization's time zone: its figures are "so far". */
  partial: boolean;
  /** Customers with at least one purchase in the month. */
  buyers: number;
  /** Buyers with a purchase in the month that was not their first purchase ever. */
  repeatBuyers: number;
  /** repeatBuyers / buyers; null without buyers. */
  repeatRate: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters (9–10) − % detractors (0–6) of the feedback given in the month, −100..100; null without feedback. */
  nps: number | null;
  /** Per stage the feedback was given in; only stages with feedback that month. */
  npsByStage: Record<string, StageNps>;
  /** Customers created in the month with a referrer. */
  referrals: number;
  /** Customers in the `loyalty` stage (not lost) at the end of the month, from the stage history. */
  loyaltyCount: number;
  /** Moves to `lost` from a retention-journey stage in the month. */
  churned: number;
  purchases: number;
  /** Revenue won: the sum of the month's purchases, in minor units. */
  revenueMinor: number;
  /** Mean purchase amount over all purchases up to the end of the month; null before the first one. */
  averagePurchaseMinor: number | null;
  /** Customers in acquisition-journey stages (not lost) at the end of the month, from the stage history. */
  pipelineCustomers: number;
  /** Value still in the pipeline: round(averagePurchaseMinor × pipelineCustomers); null before the first purchase. */
  pipelineValueMinor: number | null;
  lifecycle: Lifecycle;
}

export interface LoyaltyResult {
  months: LoyaltyMonth[];
}

export interface TeamRow {
  userId: string;
  name: string;
  role: Role;
  /** Stage moves (events with a `from`) the user made in the range. */
  moves: number;
  /** Entries into `conversion` in the range by customers the user owns now. */
  conversions: number;
  /**
   * Median of whole days (24-hour periods, floored) from a converting customer's first
   * acquisition-journey event to that entry; null without conversions.
   */
  medianDaysToConvert: number | null;
}
