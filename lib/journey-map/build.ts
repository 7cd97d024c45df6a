import type { Channel } from "@/core/constants";
import type { ChannelShare, JourneyMapStage, LostReason, Quote, StageNote } from "./types";

/*
 * Assembles the journey map from per-stage counts. Pure: the SQL (db/queries/journey-map*.ts) and
 * the in-memory reference of the tests produce the same counts, so both go through this.
 */

export const TOP_LOST_REASONS = 3;
export const QUOTES_PER_KIND = 3;

export interface StageFigures {
  entered: number;
  converted: number;
  present: number;
  current: number;
  lost: { reason: string | null; count: number }[];
  channels: { channel: Channel; count: number }[];
  nps: { promoters: number; detractors: number; responses: number };
  npsPrevious: { promoters: number; detractors: number; responses: number };
  medianDays: number | null;
  p90Days: number | null;
  quotes: { detractors: Quote[]; promoters: Quote[] };
}

export const emptyFigures = (): StageFigures => ({
  entered: 0,
  converted: 0,
  present: 0,
  current: 0,
  lost: [],
  channels: [],
  nps: { promoters: 0, detractors: 0, responses: 0 },
  npsPrevious: { promoters: 0, detractors: 0, responses: 0 },
  medianDays: null,
  p90Days: null,
  quotes: { detractors: [], promoters: [] },
});

const byText = (a: string | null, b: string | null) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);

/** Most frequent first; ties by reason (no reason first), so the three shown are always the same. */
export function topLostReasons(rows: readonly LostReason[]): LostReason[] {
  return [...rows].sort((a, b) => b.count - a.count || (a.reason === null ? -1 : b.reason === null ? 1 : byText(a.reason, b.reason))).slice(0, TOP_LOST_REASONS);
}

/** Each channel's share of the touchpoints, largest first (ties by channel name). */
export function channelShares(rows: readonly { channel: Channel; count: number }[]): ChannelShare[] {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  if (total === 0) return [];
  return [...rows].sort((a, b) => b.count - a.count || byText(a.channel, b.channel)).map((r) => ({ channel: r.channel, share: r.count / total }));
}

/** % promoters − % detractors (−100..100); null without responses. */
export function netPromoterScore({ promoters, detractors, responses }: StageFigures["nps"]): number | null {
  return responses === 0 ? null : ((promoters - detractors) / responses) * 100;
}

export function buildStage(
  stage: { key: string; label: string; isLast: boolean },
  figures: StageFigures,
  notes: StageNote | null,
): JourneyMapStage {
  return {
    key: stage.key,
    label: stage.label,
    entered: figures.entered,
    current: figures.current,
    conversionToNext: stage.isLast || figures.entered === 0 ? null : figures.converted / figures.entered,
    lost: figures.lost.reduce((sum, r) => sum + r.count, 0),
    lostReasons: topLostReasons(figures.lost),
    medianDays: figures.medianDays,
    p90Days: figures.p90Days,
    touchpointsPerCustomer: figures.present === 0 ? null : figures.channels.reduce((sum, r) => sum + r.count, 0) / figures.present,
    channels: channelShares(figures.channels),
    nps: netPromoterScore(figures.nps),
    npsPrevious: netPromoterScore(figures.npsPrevious),
    quotes: figures.quotes,
    notes,
  };
}
