import { describe, expect, it } from "vitest";
import { comparisonWindow, comparisonWindowAt } from "@/core/analytics/periods";

describe("the comparison window of a KPI trend (month to date against the previous month to date)", () => {
  it("compares the first six days of December with the first six of November", () => {
    expect(comparisonWindow({ from: "2026-12-01", to: "2027-01-01" }, "2026-12-06")).toEqual({
      current: { from: "2026-12-01", to: "2026-12-07" },
      previous: { from: "2026-11-01", to: "2026-11-07" },
      partial: true,
    });
  });

  it("stops at the end of a shorter previous month: 31 March against all of February", () => {
    expect(comparisonWindow({ from: "2026-03-01", to: "2026-04-01" }, "2026-03-31").previous).toEqual({ from: "2026-02-01", to: "2026-03-01" });
    expect(comparisonWindow({ from: "2024-03-01", to: "2024-04-01" }, "2024-03-30").previous).toEqual({ from: "2024-02-01", to: "2024-03-01" });
    // 29 days into March 2026: 1–29 February does not exist, so all 28 days of February.
    expect(comparisonWindow({ from: "2026-03-01", to: "2026-04-01" }, "2026-03-29").previous).toEqual({ from: "2026-02-01", to: "2026-03-01" });
    // In a leap year 29 days of March meet 29 days of February.
    expect(comparisonWindow({ from: "2024-03-01", to: "2024-04-01" }, "2024-03-29").previous).toEqual({ from: "2024-02-01", to: "2024-03-01" });
    expect(comparisonWindow({ from: "2024-03-01", to: "2024-04-01" }, "2024-03-28").previous).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("takes the previous Solar Hijri month for a Jalali month (Azar 1405 is 22 Nov – 21 Dec 2026)", () => {
    // Azar 1–15 (22 Nov – 6 Dec) against Aban 1–15 (23 Oct – 6 Nov).
    expect(comparisonWindow({ from: "2026-11-22", to: "2026-12-22" }, "2026-12-06")).toEqual({
      current: { from: "2026-11-22", to: "2026-12-07" },
      previous: { from: "2026-10-23", to: "2026-11-07" },
      partial: true,
    });
  });

  it("compares a running range of days with as many days from the start of the period before it", () => {
    // 30 days ending 9 Dec, 6 of them so far (4–9 Dec): against 4–9 Nov.
    expect(comparisonWindow({ from: "2026-12-04", to: "2027-01-03" }, "2026-12-09")).toEqual({
      current: { from: "2026-12-04", to: "2026-12-10" },
      previous: { from: "2026-11-04", to: "2026-11-10" },
      partial: true,
    });
  });

  it("leaves a range that has ended whole, against the period of the same length before it", () => {
    expect(comparisonWindow({ from: "2026-11-01", to: "2026-12-01" }, "2026-12-06")).toEqual({
      current: { from: "2026-11-01", to: "2026-12-01" },
      previous: { from: "2026-10-02", to: "2026-11-01" },
      partial: false,
    });
    // A range ending tomorrow (exclusive) includes today, which is not over: partial.
    expect(comparisonWindow({ from: "2026-11-07", to: "2026-12-07" }, "2026-12-06").partial).toBe(true);
    expect(comparisonWindow({ from: "2026-11-06", to: "2026-12-06" }, "2026-12-06").partial).toBe(false);
  });

  it("reads today in the organization's time zone", () => {
    const march = { from: "2026-03-01", to: "2026-04-01" };
    // 21:30 UTC on 31 March is already 1 April in Jerusalem (UTC+3): March is over there.
    const instant = Date.parse("2026-03-31T21:30:00Z");
    expect(comparisonWindowAt(march, instant, "Asia/Jerusalem").partial).toBe(false);
    expect(comparisonWindowAt(march, instant, "UTC")).toEqual({
      current: { from: "2026-03-01", to: "2026-04-01" },
      previous: { from: "2026-02-01", to: "2026-03-01" },
      partial: true,
    });
    // 20:00 UTC on 5 March is 23:30 in Tehran (UTC+3:30), still the 5th: five days each.
    expect(comparisonWindowAt(march, Date.parse("2026-03-05T20:00:00Z"), "Asia/Tehran").previous).toEqual({ from: "2026-02-01", to: "2026-02-06" });
    expect(comparisonWindowAt(march, Date.parse("2026-03-05T20:30:00Z"), "Asia/Tehran").previous).toEqual({ from: "2026-02-01", to: "2026-02-07" });
  });
});
