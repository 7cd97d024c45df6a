import { LOST, type Channel, type Locale } from "@/db/schema";
import type { Rng, Weighted } from "./random";
import { templateStageKeys, type TemplateStageKey } from "@/db/stage-template";
import { demoTexts } from "./texts";

export type StateKey = TemplateStageKey | typeof LOST;

export interface Move {
  fromKey: StateKey | null;
  toKey: StateKey;
  at: number;
  reason: string | null;
}

export interface Journey {
  moves: Move[];
  /** The current stage, or the stage the customer was lost from. */
  stageKey: TemplateStageKey;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const MAX_MOVES = 14;
const CONVERSION = templateStageKeys.indexOf("conversion");
const RETENTION = templateStageKeys.indexOf("retention");

/** Mean days before the next move out of a state. */
const meanStay: Record<StateKey, number> = {
  awareness: 6,
  engagement: 9,
  consideration: 12,
  conversion: 4,
  retention: 75,
  loyalty: 120,
  lost: 60,
};

/** Odds of the next move; what remains is "no further move" (the customer stays). */
const odds: Record<TemplateStageKey, { advance: number; back: number; lost: number }> = {
  awareness: { advance: 0.5, back: 0, lost: 0.22 },
  engagement: { advance: 0.55, back: 0.05, lost: 0.15 },
  consideration: { advance: 0.5, back: 0.08, lost: 0.18 },
  conversion: { advance: 0.85, back: 0.02, lost: 0.04 },
  retention: { advance: 0.35, back: 0.02, lost: 0.12 },
  loyalty: { advance: 0, back: 0.12, lost: 0.05 },
};

/** Scales the acquisition odds of advancing: personal channels convert better than ads. */
const channelQuality: Record<Channel, number> = {
  referral: 1.6,
  word_of_mouth: 1.5,
  whatsapp: 1.4,
  store: 1.3,
  event: 1.2,
  phone: 1.1,
  instagram: 1,
  telegram: 1,
  website: 0.9,
  email: 0.9,
  search: 0.9,
  social: 0.8,
  other: 0.8,
  sms: 0.7,
  ads: 0.55,
};

const entryStage: Weighted<number> = [
  [0, 75],
  [1, 18],
  [2, 7],
];

const stageAt = (index: number): TemplateStageKey => templateStageKeys[index] ?? "awareness";

/**
 * One customer's stage history from `start` until `now`: chained (each move starts where
 * the previous ended), strictly increasing in time, never after `now`.
 */
export function simulateJourney(rng: Rng, start: number, now: number, channel: Channel, locale: Locale): Journey {
  let index = rng.weighted(entryStage);
  let state: StateKey = stageAt(index);
  const moves: Move[] = [{ fromKey: null, toKey: state, at: start, reason: null }];
  let at = start;
  let revived = false;
  while (moves.length < MAX_MOVES) {
    at += Math.max(HOUR, Math.round(rng.exp(meanStay[state] * DAY)));
    if (at > now) break;
    if (state === LOST) {
      // A few lost customers come back, once: into retention, or a stage before where they dropped out.
      if (revived || !rng.chance(0.12)) break;
      revived = true;
      index = index >= RETENTION ? RETENTION : Math.max(0, index - 1);
      moves.push({ fromKey: LOST, toKey: stageAt(index), at, reason: null });
      state = stageAt(index);
      continue;
    }
    const next = nextMove(rng, index, channel, locale);
    if (!next) break;
    moves.push({ fromKey: state, toKey: next.to === LOST ? LOST : stageAt(next.to), at, reason: next.reason });
    if (next.to === LOST) {
      state = LOST;
    } else {
      index = next.to;
      state = stageAt(index);
    }
  }
  return { moves, stageKey: stageAt(index) };
}

/** Forward (sometimes skipping a stage), back, lost, or null when the customer stays put. */
function nextMove(
  rng: Rng,
  index: number,
  channel: Channel,
  locale: Locale,
): { to: number | typeof LOST; reason: string | null } | null {
  const o = odds[stageAt(index)];
  const advance = index < CONVERSION ? Math.min(0.85, o.advance * channelQuality[channel]) : o.advance;
  const r = rng.next();
  if (r < advance) {
    const skip = index + 2 <= CONVERSION && rng.chance(0.1);
    return { to: index + (skip ? 2 : 1), reason: null };
  }
  if (r < advance + o.lost) return { to: LOST, reason: rng.pick(demoTexts[locale].lostReasons) };
  if (r < advance + o.lost + o.back) return { to: index - 1, reason: rng.pick(demoTexts[locale].backReasons) };
  return null;
}

const journeyOf = (index: number) => (index < RETENTION ? "acquisition" : "retention");

/**
 * Inserts `pairs` back-and-forth visits (to a neighbouring stage of the same journey and back)
 * into randomly chosen stays in a live stage: denser histories, as the benchmark wants, with the
 * same state after each original move. Chaining and strictly increasing times are kept.
 */
export function addRevisits(rng: Rng, moves: readonly Move[], now: number, pairs: number, reasons: readonly string[]): Move[] {
  const live = moves.flatMap((move, i) => (move.toKey === LOST ? [] : [i]));
  if (pairs === 0 || live.length === 0) return [...moves];
  const perStay = new Map<number, number>();
  for (let n = 0; n < pairs; n++) {
    const i = rng.pick(live);
    perStay.set(i, (perStay.get(i) ?? 0) + 1);
  }
  return moves.flatMap((move, i) => {
    const count = perStay.get(i) ?? 0;
    const end = moves[i + 1]?.at ?? now;
    if (count === 0 || end - move.at <= 2 * count) return [move];
    const key = move.toKey as TemplateStageKey;
    const index = templateStageKeys.indexOf(key);
    const neighbour = stageAt(index > 0 && journeyOf(index - 1) === journeyOf(index) ? index - 1 : index + 1);
    // 2·count distinct instants strictly between this move and the next.
    const instants = new Set<number>();
    while (instants.size < 2 * count) instants.add(move.at + 1 + Math.floor(rng.next() * (end - move.at - 1)));
    const times = [...instants].sort((a, b) => a - b);
    const back = templateStageKeys.indexOf(neighbour) < index;
    const visits: Move[] = [move];
    for (let p = 0; p < count; p++) {
      visits.push({ fromKey: key, toKey: neighbour, at: times[2 * p] as number, reason: back ? rng.pick(reasons) : null });
      visits.push({ fromKey: neighbour, toKey: key, at: times[2 * p + 1] as number, reason: back ? null : rng.pick(reasons) });
    }
    return visits;
  });
}

/** A stay in one state: from entering it until the next move (or `now`). */
export interface Segment {
  key: StateKey;
  from: number;
  to: number;
  endsLost: boolean;
}

export function segments(moves: readonly Move[], now: number): Segment[] {
  return moves.map((move, i) => {
    const next = moves[i + 1];
    return { key: move.toKey, from: move.at, to: next?.at ?? now, endsLost: next?.toKey === LOST };
  });
}
