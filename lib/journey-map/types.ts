import type { Channel, Journey, Locale } from "@/core/constants";

export type { Channel, Journey, Locale };

/*
 * The journey map (SPEC §3, issue 18). A touchpoint or a feedback belongs to the stage the customer
 * was in at its instant: the target of their last stage event at or before it, in event order (at,
 * recorded_at, id); none before their first event or while lost. Ranges are `[from, to)` of local
 * dates in the organization's time zone.
 */

export interface JourneyMapQuery {
  journey: Journey;
  from: string;
  to: string;
  /** Sales users see their own customers only. */
  ownerId?: string;
  /** The organization's date today: a range that holds it is still running (the NPS trend counts as many days before). */
  today?: string;
}

export interface LostReason {
  /** The reason written on the move to `lost`; null when none was given. */
  reason: string | null;
  count: number;
}

export interface ChannelShare {
  channel: Channel;
  /** Of the stage's attributed touchpoints in the range, 0..1. */
  share: number;
}

export interface Quote {
  customerId: string;
  customerName: string;
  score: number;
  comment: string;
  /** ISO instant. */
  at: string;
}

export interface StageNote {
  /** The locale the note was written for, or null for the note shared by every locale. */
  locale: Locale | null;
  goal: string;
  need: string;
  opportunities: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface JourneyMapStage {
  key: string;
  label: string;
  /** Customers with a stage event into the stage in the range. */
  entered: number;
  /** Customers in the stage now (not lost). */
  current: number;
  /** Of `entered`, the share that later (before `to`) entered a later stage of the journey; null for the last stage or when none entered. */
  conversionToNext: number | null;
  /** Moves from the stage to `lost` in the range. */
  lost: number;
  /** The three most frequent reasons of those moves. */
  lostReasons: LostReason[];
  /** Days of the latest completed visit, for visits that ended in the range (the funnel's time in stage). */
  medianDays: number | null;
  p90Days: number | null;
  /** Attributed touchpoints in the range per customer who was in the stage at some time in the range; null when none was. */
  touchpointsPerCustomer: number | null;
  channels: ChannelShare[];
  /** NPS (−100..100) of the feedback attributed to the stage in the range, and in the previous period of the same length. */
  nps: number | null;
  npsPrevious: number | null;
  quotes: { detractors: Quote[]; promoters: Quote[] };
  notes: StageNote | null;
}

export interface JourneyMap {
  journey: Journey;
  from: string;
  to: string;
  stages: JourneyMapStage[];
}
