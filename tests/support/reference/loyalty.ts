import { LOST } from "@/core/constants";
import { lifecycleReference } from "./lifecycle";
import { npsScore, pipelineValue, share } from "@/lib/analytics/loyalty/math";
import type { LoyaltyMonth, LoyaltyResult, StageNps } from "@/lib/analytics/loyalty/types";
import { monthIndex, monthOf, reportedMonths, type MonthRange } from "@/lib/analytics/retention/months";
import { purchaseMonthsByCustomer } from "./retention";
import type { ReferenceData } from "@/lib/analytics/retention/types";

type Scores = { promoters: number; passives: number; detractors: number };

const classify = (scores: number[]): Scores => ({
  promoters: scores.filter((s) => s >= 9).length,
  passives: scores.filter((s) => s === 7 || s === 8).length,
  detractors: scores.filter((s) => s <= 6).length,
});

/** Each customer's stage at the end of month `m` (index): the target of their latest move by then, or null. */
function stagesAtEndOf(data: ReferenceData, m: number): Map<string, string> {
  const latest = new Map<string, { at: number; toKey: string }>();
  for (const e of data.events) {
    if (monthIndex(monthOf(e.at, data.timeZone)) > m) continue;
    const seen = latest.get(e.customerId);
    if (!seen || e.at.getTime() >= seen.at) latest.set(e.customerId, { at: e.at.getTime(), toKey: e.toKey });
  }
  return new Map([...latest].map(([id, { toKey }]) => [id, toKey]));
}

/**
 * SPEC §3 loyalty trends per calendar month, computed from the raw rows one figure at a time,
 * without the aggregates: the reference the SQL is tested against.
 */
export function loyaltyReference(data: ReferenceData, range: MonthRange): LoyaltyResult {
  const tz = data.timeZone;
  const monthIdx = (at: Date) => monthIndex(monthOf(at, tz));
  const journeyOf = new Map(data.stages.map((s) => [s.key, s.journey]));
  const purchaseMonths = purchaseMonthsByCustomer(data);
  const firstPurchase = new Map<string, number>();
  for (const p of data.purchases) firstPurchase.set(p.customerId, Math.min(firstPurchase.get(p.customerId) ?? Infinity, p.at.getTime()));

  const current = monthOf(data.now, tz);
  const months = reportedMonths(range, current).map((month): LoyaltyMonth => {
    const m = monthIndex(month);
    const bought = data.purchases.filter((p) => monthIdx(p.at) === m);
    const buyers = new Set(bought.map((p) => p.customerId));
    // A purchase is a customer's first ever when nothing of theirs came before it (ties: only one is first).
    const firstTaken = new Set<string>();
    const repeat = new Set<string>();
    for (const p of [...bought].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      const isFirst = p.at.getTime() === firstPurchase.get(p.customerId) && !firstTaken.has(p.customerId);
      if (isFirst) firstTaken.add(p.customerId);
      else repeat.add(p.customerId);
    }
    const given = data.feedback.filter((f) => monthIdx(f.at) === m);
    const overall = classify(given.map((f) => f.score));
    const npsByStage: Record<string, StageNps> = {};
    for (const key of new Set(given.map((f) => f.stageKey))) {
      const c = classify(given.filter((f) => f.stageKey === key).map((f) => f.score));
      const responses = c.promoters + c.passives + c.detractors;
      npsByStage[key] = { responses, nps: npsScore(c.promoters, c.detractors, responses) };
    }
    const stageAtEnd = [...stagesAtEndOf(data, m).values()];
    const toDate = data.purchases.filter((p) => monthIdx(p.at) <= m);
    const averagePurchaseMinor = share(toDate.reduce((sum, p) => sum + p.amountMinor, 0), toDate.length);
    const pipelineCustomers = stageAtEnd.filter((key) => journeyOf.get(key) === "acquisition").length;
    return {
      month,
      partial: month === current,
      buyers: buyers.size,
      repeatBuyers: repeat.size,
      repeatRate: share(repeat.size, buyers.size),
      responses: given.length,
      ...overall,
      nps: npsScore(overall.promoters, overall.detractors, given.length),
      npsByStage,
      referrals: data.customers.filter((c) => c.referredById !== null && monthIdx(c.createdAt) === m).length,
      loyaltyCount: stageAtEnd.filter((key) => key === "loyalty").length,
      churned: data.events.filter(
        (e) => e.toKey === LOST && e.fromKey !== null && journeyOf.get(e.fromKey) === "retention" && monthIdx(e.at) === m,
      ).length,
      purchases: bought.length,
      revenueMinor: bought.reduce((sum, p) => sum + p.amountMinor, 0),
      averagePurchaseMinor,
      pipelineCustomers,
      pipelineValueMinor: pipelineValue(averagePurchaseMinor, pipelineCustomers),
      lifecycle: lifecycleReference(purchaseMonths.values(), month),
    };
  });
  return { months };
}
