import { describe, expect, it } from "vitest";
import { lifecycleReference } from "../support/reference/lifecycle";
import { buildLoyalty } from "@/lib/analytics/loyalty/build";
import { medianOfCounts, npsScore, pipelineValue, share, sortTeam } from "@/lib/analytics/loyalty/math";
import { monthIndex } from "@/lib/analytics/retention/months";

describe("loyalty maths", () => {
  it("NPS is % promoters minus % detractors, null without answers", () => {
    expect(npsScore(5, 2, 10)).toBe(30);
    expect(npsScore(0, 4, 4)).toBe(-100);
    expect(npsScore(3, 0, 3)).toBe(100);
    expect(npsScore(0, 0, 0)).toBeNull();
  });

  it("a rate of nobody is unknown; pipeline value rounds to minor units", () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
    expect(pipelineValue(1000 / 3, 2)).toBe(667);
    expect(pipelineValue(null, 5)).toBeNull();
  });

  it("takes the median of a histogram as percentile_cont(0.5) does", () => {
    // 1, 3, 3, 8 → (3 + 3) / 2; 1, 3, 8, 8 → (3 + 8) / 2; 2, 2, 9 → 2.
    expect(medianOfCounts([{ value: 8, count: 1 }, { value: 1, count: 1 }, { value: 3, count: 2 }])).toBe(3);
    expect(medianOfCounts([{ value: 1, count: 1 }, { value: 3, count: 1 }, { value: 8, count: 2 }])).toBe(5.5);
    expect(medianOfCounts([{ value: 9, count: 1 }, { value: 2, count: 2 }])).toBe(2);
    expect(medianOfCounts([{ value: 4, count: 0 }])).toBeNull();
  });

  it("sorts the team by conversions, then moves, then name", () => {
    const row = (userId: string, conversions: number, moves: number, name = userId) => ({ userId, name, role: "sales" as const, conversions, moves, medianDaysToConvert: null });
    expect(sortTeam([row("b", 1, 5), row("a", 2, 0), row("d", 1, 5, "Avi"), row("c", 1, 9)]).map((r) => r.userId)).toEqual(["a", "c", "d", "b"]);
  });
});

describe("lifecycle reference", () => {
  const m = (...months: string[]) => new Set(months.map(monthIndex));
  // p: first purchase in March → new. q: Feb and Mar → returning. r: Jan, Mar → resurrecting.
  // s: Jan, Feb → dormant in March. t: only January → neither in March (dormant in February).
  const customers = [m("2025-03"), m("2025-02", "2025-03"), m("2025-01", "2025-03"), m("2025-01", "2025-02"), m("2025-01")];

  it("classifies each customer's month as PostHog does", () => {
    expect(lifecycleReference(customers, "2025-03")).toEqual({ new: 1, returning: 1, resurrecting: 1, dormant: -1 });
    // February: q new; s returning; r and t dormant (bought in January, not February).
    expect(lifecycleReference(customers, "2025-02")).toEqual({ new: 1, returning: 1, resurrecting: 0, dormant: -2 });
  });
});

describe("loyalty months from the aggregate rows", () => {
  const monthRow = (month: string, over: Partial<Parameters<typeof buildLoyalty>[2]["monthRows"][number]> = {}) => ({
    month, buyers: 0, repeatBuyers: 0, newBuyers: 0, returningBuyers: 0, resurrectingBuyers: 0, dormantBuyers: 0, purchases: 0, revenueMinor: 0, referrals: 0, ...over,
  });

  it("keeps running totals from before the range and fills empty months", () => {
    // March is the current month: partial.
    const months = buildLoyalty(["2025-02", "2025-03"], "2025-03", {
      // January is before the range but counts toward the running mean and stage totals.
      monthRows: [monthRow("2025-01", { purchases: 2, revenueMinor: 3000 }), monthRow("2025-02", { buyers: 4, repeatBuyers: 1, purchases: 4, revenueMinor: 1000, referrals: 2, newBuyers: 3, dormantBuyers: 2 })],
      stageRows: [
        { month: "2025-01", loyaltyNet: 3, acquisitionNet: 5, churned: 0 },
        { month: "2025-03", loyaltyNet: -1, acquisitionNet: 2, churned: 1 },
      ],
      feedbackRows: [
        { month: "2025-02", stageKey: "loyalty", promoters: 3, passives: 0, detractors: 1 },
        { month: "2025-02", stageKey: "retention", promoters: 0, passives: 1, detractors: 1 },
      ],
    });
    // Feb: mean purchase (3000 + 1000) / (2 + 4); 5 in acquisition stages → round(666.67 × 5).
    expect(months.map((m) => m.partial)).toEqual([false, true]);
    expect(months[0]).toMatchObject({ buyers: 4, repeatRate: 0.25, referrals: 2, loyaltyCount: 3, churned: 0, averagePurchaseMinor: 4000 / 6, pipelineCustomers: 5, pipelineValueMinor: 3333 });
    // Feb NPS: 3 promoters, 1 passive, 2 detractors of 6 → (3 − 2) / 6.
    expect(months[0]?.nps).toBeCloseTo(100 / 6, 12);
    expect(months[0]?.npsByStage).toEqual({ loyalty: { responses: 4, nps: 50 }, retention: { responses: 2, nps: -50 } });
    expect(months[0]?.lifecycle).toEqual({ new: 3, returning: 0, resurrecting: 0, dormant: -2 });
    // Mar has no counters: zeros and nulls, stage totals carried on.
    expect(months[1]).toMatchObject({ buyers: 0, repeatRate: null, nps: null, loyaltyCount: 2, churned: 1, pipelineCustomers: 7, revenueMinor: 0 });
    expect(months[1]?.lifecycle).toEqual({ new: 0, returning: 0, resurrecting: 0, dormant: 0 });
  });
});
