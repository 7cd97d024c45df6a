import type { Channel, Journey } from "@/core/constants";

export const cohortKinds = ["created", "active"] as const;
export type CohortKind = (typeof cohortKinds)[number];

export const funnelOrders = ["any", "strict"] as const;
export type FunnelOrder = (typeof funnelOrders)[number];

export const breakdowns = ["channel", "owner"] as const;
export type Breakdown = (typeof breakdowns)[number];

/** A local calendar date in the organization's time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

/** A stage as the analytics see it; archived stages keep their history and their position. */
export interface StageDef {
  key: string;
  position: number;
  journey: Journey;
  archived: boolean;
}

export interface CustomerFilters {
  channel?: Channel;
  ownerId?: string;
}

/** A date range `[from, to)` of local dates, with the filters every analytics figure takes. */
export interface RangeQuery extends CustomerFilters {
  from: LocalDate;
  to: LocalDate;
  journey: Journey;
}

export interface FunnelQuery extends RangeQuery {
  cohort: CohortKind;
  order: FunnelOrder;
  /** Conversion window in days (24-hour days) from the customer's cohort entry. */
  windowDays?: number;
  /** Only history up to the end of this local date counts. */
  asOf?: LocalDate;
  breakdown?: Breakdown;
}

export interface FunnelStageResult {
  key: string;
  reached: number;
  /** reached / reached of the previous stage; 1 for the first stage when it was reached; 0 when the denominator is 0. */
  stepConversion: number;
  /** reached / reached of the first stage; 0 when the first stage was not reached. */
  overallConversion: number;
}

export interface FunnelSeries {
  cohortSize: number;
  stages: FunnelStageResult[];
}

export interface FunnelBreakdownEntry extends FunnelSeries {
  /** The channel, or the owner's user id; null for customers without an owner. */
  value: string | null;
}

/** SPEC §5 funnel shape. */
export interface FunnelResult extends FunnelSeries {
  breakdown?: FunnelBreakdownEntry[];
}

/** Customers in a stage (or `lost`) as of the end of a local date. */
export interface SnapshotRow {
  key: string;
  customers: number;
}

export interface Percentiles {
  median: number | null;
  p90: number | null;
}

/**
 * Days spent in a stage by the customers who left it in the range: `latest` is each customer's
 * last completed visit, `cumulative` all their completed visits added up.
 */
export interface StageTime {
  key: string;
  customers: number;
  latest: Percentiles;
  cumulative: Percentiles;
}

/** Days from the first acquisition event to entering the conversion stage, for conversions in the range. */
export interface TimeToConvert extends Percentiles {
  customers: number;
}

/** Moves in the range from one stage to another (`from` null: a customer's first entry). */
export interface FlowRow {
  from: string | null;
  to: string;
  count: number;
}
