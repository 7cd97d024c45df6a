import { describe, expect, it } from "vitest";
import { addDays, daysBetween, localDate, previousPeriod, zonedMidnight } from "@/core/analytics/dates";
import { funnelFromLevels, funnelStages, withConversions } from "@/core/analytics/funnel-math";
import { change, kpisOf } from "@/core/analytics/kpis";
import { quantile, ratio, spread } from "@/core/analytics/stats";
import { fixtureStages } from "../support/analytics-fixture";

describe("quantile (Postgres percentile_cont)", () => {
  it("interpolates between closest ranks", () => {
    // Position p·(n−1): the median of 4 values is halfway between the 2nd and 3rd; p90 of 11 values is exactly the 10th.
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    // 0.9·(5 − 1) = 3.6 → 40 + 0.6·(100 − 40)
    expect(quantile([10, 20, 30, 40, 100], 0.9)).toBeCloseTo(76, 12);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it("summarises a list and divides safely", () => {
    expect(spread([1, 2, 3])).toEqual({ count: 3, median: 2, p90: 2.8 });
    expect(spread([])).toEqual({ count: 0, median: null, p90: null });
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(3, 0)).toBe(0);
  });
});

describe("local dates in the organization's time zone", () => {
  it("finds the first instant of a local date as Postgres does, clock changes included", () => {
    // Values from `date::timestamp at time zone tz` on PostgreSQL 15.
    const cases: [string, string, string][] = [
      ["2024-03-29", "Asia/Jerusalem", "2024-03-28T22:00:00Z"],
      ["2024-04-01", "Asia/Jerusalem", "2024-03-31T21:00:00Z"],
      ["2024-10-27", "Asia/Jerusalem", "2024-10-26T21:00:00Z"],
      ["2022-03-22", "Asia/Tehran", "2022-03-21T20:30:00Z"], // midnight skipped: the day starts at 01:00
      ["2022-09-22", "Asia/Tehran", "2022-09-21T20:30:00Z"],
      ["2018-11-04", "America/Sao_Paulo", "2018-11-04T03:00:00Z"],
      ["2019-02-17", "America/Sao_Paulo", "2019-02-17T03:00:00Z"],
      ["2024-01-01", "UTC", "2024-01-01T00:00:00Z"],
    ];
    for (const [date, tz, instant] of cases) expect([date, tz, new Date(zonedMidnight(date, tz)).toISOString()]).toEqual([date, tz, new Date(instant).toISOString()]);
  });

  it("reads the local date of an instant around midnight", () => {
    expect(localDate(Date.parse("2024-03-31T21:30:00Z"), "Asia/Jerusalem")).toBe("2024-04-01");
    expect(localDate(Date.parse("2024-03-31T20:59:59Z"), "Asia/Jerusalem")).toBe("2024-03-31");
    expect(localDate(Date.parse("2024-03-20T20:29:00Z"), "Asia/Tehran")).toBe("2024-03-20");
  });

  it("does date arithmetic and finds the previous period of the same length", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(daysBetween("2024-03-01", "2024-04-01")).toBe(31);
    expect(previousPeriod({ from: "2024-03-01", to: "2024-04-01" })).toEqual({ from: "2024-01-30", to: "2024-03-01" });
  });
});

describe("funnel maths", () => {
  it("defines conversions as fractions, 1 for a reached first stage and 0 over an empty denominator", () => {
    expect(withConversions(["a", "b", "c"], [4, 0, 0], 5).stages).toEqual([
      { key: "a", reached: 4, stepConversion: 1, overallConversion: 1 },
      { key: "b", reached: 0, stepConversion: 0, overallConversion: 0 },
      { key: "c", reached: 0, stepConversion: 0, overallConversion: 0 },
    ]);
    expect(withConversions(["a"], [0], 0).stages[0]).toEqual({ key: "a", reached: 0, stepConversion: 0, overallConversion: 0 });
  });

  it("shows a journey's non-archived stages in position order", () => {
    expect(funnelStages(fixtureStages, "acquisition").map((s) => s.key)).toEqual(["awareness", "engagement", "consideration", "conversion"]);
    expect(funnelStages(fixtureStages, "retention").map((s) => s.key)).toEqual(["retention", "loyalty"]);
  });

  it("turns levels into reached counts: positions for any, path lengths for strict", () => {
    const stages = funnelStages(fixtureStages, "acquisition");
    // any: 2 customers reached position 35 (the archived stage) → consideration but not conversion.
    const any = funnelFromLevels(stages, "any", [{ level: 35, customers: 2 }, { level: 50, customers: 1 }, { level: null, customers: 1 }]);
    expect(any.cohortSize).toBe(4);
    expect(any.stages.map((s) => s.reached)).toEqual([3, 3, 3, 1]);
    const strict = funnelFromLevels(stages, "strict", [{ level: 0, customers: 2 }, { level: 2, customers: 3 }, { level: 4, customers: 1 }]);
    expect(strict.stages.map((s) => s.reached)).toEqual([4, 4, 1, 1]);
  });

  it("breaks down by value, largest cohort first, no owner last", () => {
    const stages = funnelStages(fixtureStages, "retention");
    const result = funnelFromLevels(
      stages,
      "any",
      [
        { value: null, level: 60, customers: 2 },
        { value: "b", level: 50, customers: 2 },
        { value: "a", level: 60, customers: 1 },
        { value: "a", level: 50, customers: 1 },
      ],
      "owner",
    );
    expect(result.breakdown?.map((b) => [b.value, b.cohortSize, b.stages[1]?.reached])).toEqual([
      ["a", 2, 1],
      ["b", 2, 0],
      [null, 2, 2],
    ]);
  });

  it("compares KPIs with the previous period", () => {
    const funnel = withConversions(["a", "b"], [10, 4], 12);
    expect(kpisOf(funnel, { customers: 4, median: 3.5, p90: 9 })).toEqual({ cohortSize: 12, converted: 4, conversionRate: 0.4, medianDaysToConvert: 3.5 });
    expect(change(12, 8)).toBe(0.5);
    expect(change(3, 0)).toBeNull();
    expect(change(null, 2)).toBeNull();
  });
});
