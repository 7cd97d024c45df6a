import type { Journey, Role } from "@/core/constants";
import type { Month } from "./months";
import type { RetentionMode } from "./params";

/** Cohort k runs over months 0..11 after the month of the first purchase. */
export const RETENTION_PERIODS = 12;

export interface RetentionCohort {
  month: Month;
  /** Customers whose first purchase ever fell in this month. */
  size: number;
  /** Share of the cohort that bought in month k (or, onOrAfter, in month k or later); null when month k has not begun or the cohort is empty. */
  retained: (number | null)[];
  /** The same as customer counts. */
  counts: (number | null)[];
  /** Per k: month k is the current month, not over yet in the organization's time zone, so its figure is "so far". */
  partial: boolean[];
}

export interface RetentionResult {
  mode: RetentionMode;
  cohorts: RetentionCohort[];
  /** Per k: retained customers over cohort sizes, summed over the cohorts that have completed month k (partial cells left out). */
  average: (number | null)[];
}

/** Raw rows as the in-memory references read them (what the tables hold, for one organization). */
export interface ReferenceData {
  timeZone: string;
  now: Date;
  stages: { key: string; position: number; journey: Journey }[];
  users: { id: string; name: string; role: Role }[];
  customers: { id: string; createdAt: Date; referredById: string | null; ownerId: string | null }[];
  purchases: { customerId: string; at: Date; amountMinor: number }[];
  feedback: { score: number; stageKey: string; at: Date }[];
  events: { customerId: string; fromKey: string | null; toKey: string; at: Date; actorId: string | null }[];
}
