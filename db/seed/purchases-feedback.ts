import { LOST } from "@/db/schema";
import type { CustomerContext } from "./context";
import { addTouchpoint, contactChannel } from "./history";
import { DAY, HOUR, segments, type StateKey } from "./journey";
import type { Weighted } from "./random";
import type { TemplateStageKey } from "@/db/stage-template";
import { demoTexts } from "./texts";

/** Mean days between repeat purchases while in a retention stage. */
const repeatEvery: Partial<Record<StateKey, number>> = { retention: 70, loyalty: 35 };

/** A purchase on entering `conversion`, then repeat purchases in retention and loyalty. */
export function addPurchases(ctx: CustomerContext): void {
  const { rng } = ctx;
  const basket = 80 + rng.exp(320); // the customer's typical spend, in shekels
  for (const segment of segments(ctx.moves, ctx.now)) {
    if (segment.key === "conversion") {
      addPurchase(ctx, segment.from + Math.floor(rng.next() * Math.min(2 * HOUR, segment.to - segment.from)), basket);
    }
    const gap = repeatEvery[segment.key];
    if (!gap) continue;
    for (let at = segment.from + rng.exp(gap * DAY); at < segment.to; at += rng.exp(gap * DAY)) {
      addPurchase(ctx, Math.floor(at), basket);
    }
  }
}

function addPurchase(ctx: CustomerContext, at: number, basket: number): void {
  const { rng } = ctx;
  ctx.rows.purchases.push({
    orgId: ctx.orgId,
    id: rng.uuid(ctx.createdAt),
    customerId: ctx.customerId,
    amountMinor: Math.round(basket * (0.7 + 0.6 * rng.next())) * 100,
    currency: "ILS",
    at: new Date(at),
    note: null,
  });
  if (rng.chance(0.6)) addTouchpoint(ctx, at, rng.chance(0.5) ? "store" : contactChannel(ctx));
}

const feedbackOdds: Record<TemplateStageKey, number> = {
  awareness: 0.02,
  engagement: 0.04,
  consideration: 0.08,
  conversion: 0.3,
  retention: 0.35,
  loyalty: 0.5,
};

const loyalScores: Weighted<number> = [[10, 40], [9, 30], [8, 14], [7, 8], [6, 4], [5, 2], [4, 1], [3, 1]];
const retainedScores: Weighted<number> = [[10, 22], [9, 24], [8, 20], [7, 14], [6, 8], [5, 5], [4, 3], [3, 2], [2, 1], [0, 1]];
const otherScores: Weighted<number> = [[10, 12], [9, 15], [8, 18], [7, 16], [6, 12], [5, 9], [4, 7], [3, 5], [2, 3], [1, 2], [0, 1]];

/** Satisfaction checks: scores skew high in loyalty and low shortly before a customer is lost. */
export function addFeedback(ctx: CustomerContext): void {
  const { rng } = ctx;
  const texts = demoTexts[ctx.locale];
  for (const segment of segments(ctx.moves, ctx.now)) {
    if (segment.key === LOST || !rng.chance(feedbackOdds[segment.key])) continue;
    const mix = segment.key === "loyalty" ? loyalScores : segment.key === "retention" ? retainedScores : otherScores;
    const score = Math.max(0, rng.weighted(mix) - (segment.endsLost ? 3 : 0));
    const comments = score >= 9 ? texts.promoterComments : score >= 7 ? texts.passiveComments : texts.detractorComments;
    ctx.rows.feedback.push({
      orgId: ctx.orgId,
      id: rng.uuid(ctx.createdAt),
      customerId: ctx.customerId,
      score,
      comment: rng.chance(0.4) ? rng.pick(comments) : null,
      stageKey: segment.key,
      at: new Date(Math.floor(segment.from + rng.next() * (segment.to - segment.from))),
    });
  }
}
