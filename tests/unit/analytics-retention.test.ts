import { describe, expect, it } from "vitest";
import { buildRetention } from "@/lib/analytics/retention/math";
import { addMonths, monthOf, monthsFrom, monthsOfRange, reportedMonths } from "@/lib/analytics/retention/months";
import { resolveRange, retentionQuerySchema } from "@/lib/analytics/retention/params";
import { retentionReference } from "../support/reference/retention";
import type { ReferenceData } from "@/lib/analytics/retention/types";

const n = null;

describe("months in the organization's time zone", () => {
  it("puts an instant in its local month, across both Israeli offsets", () => {
    // Winter UTC+2: 31 Jan 21:59 UTC is 23:59 locally, 22:00 UTC is 1 Feb.
    expect(monthOf(new Date("2025-01-31T21:59:00Z"), "Asia/Jerusalem")).toBe("2025-01");
    expect(monthOf(new Date("2025-01-31T22:00:00Z"), "Asia/Jerusalem")).toBe("2025-02");
    // Summer UTC+3: 31 May 21:00 UTC is already 1 Jun.
    expect(monthOf(new Date("2025-05-31T20:59:00Z"), "Asia/Jerusalem")).toBe("2025-05");
    expect(monthOf(new Date("2025-05-31T21:00:00Z"), "Asia/Jerusalem")).toBe("2025-06");
    // Tehran UTC+3:30 and UTC itself.
    expect(monthOf(new Date("2025-02-28T20:30:00Z"), "Asia/Tehran")).toBe("2025-03");
    expect(monthOf(new Date("2025-02-28T20:30:00Z"), "UTC")).toBe("2025-02");
  });

  it("does month arithmetic across years", () => {
    expect(addMonths("2024-11", 3)).toBe("2025-02");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(monthsFrom("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthsFrom("2025-02", "2025-01")).toEqual([]);
  });

  it("takes the months a range [from, to) touches", () => {
    expect(monthsOfRange("2025-01", "2025-07")).toEqual({ first: "2025-01", last: "2025-06" });
    expect(monthsOfRange("2025-01-15", "2025-07-01")).toEqual({ first: "2025-01", last: "2025-06" });
    expect(monthsOfRange("2025-01-01", "2025-07-02")).toEqual({ first: "2025-01", last: "2025-07" });
    expect(reportedMonths({ first: "2025-05", last: "2025-08" }, "2025-06")).toEqual(["2025-05", "2025-06"]);
  });

  it("defaults to twelve months", () => {
    expect(resolveRange({}, "2025-06")).toEqual({ first: "2024-07", last: "2025-06" });
    expect(resolveRange({ from: "2024-03" }, "2025-06")).toEqual({ first: "2024-03", last: "2025-02" });
    expect(resolveRange({ to: "2025-01" }, "2025-06")).toEqual({ first: "2024-01", last: "2024-12" });
  });
});

describe("retention query parameters", () => {
  it("accepts months or dates, Persian digits and both modes", () => {
    expect(retentionQuerySchema.parse({ from: "۲۰۲۵-۰۱", to: "2025-07-01", mode: "onOrAfter" })).toEqual({ from: "2025-01", to: "2025-07-01", mode: "onOrAfter" });
    expect(retentionQuerySchema.parse({})).toEqual({ mode: "on" });
  });

  it("rejects bad dates, an unknown mode, a reversed or too long range", () => {
    const issues = (input: Record<string, string>) => retentionQuerySchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(issues({ from: "2025-13" })).toEqual(["from"]);
    expect(issues({ from: "2025-02-30" })).toEqual(["from"]);
    expect(issues({ mode: "between" })).toEqual(["mode"]);
    expect(issues({ from: "2025-06", to: "2025-06" })).toEqual(["to"]);
    expect(issues({ from: "2020-01", to: "2025-01" })).toEqual(["to"]);
  });
});

describe("cohort table from pre-aggregated cells", () => {
  // Jan: 4 customers; 2 bought in Feb (3 in Feb or later), 1 in Mar. Feb: 2 customers, none back.
  // The current month is March: Jan reaches k = 2, Feb k = 1.
  const cells = [
    { cohortMonth: "2025-01", k: 0, active: 4, activeOrAfter: 4 },
    { cohortMonth: "2025-01", k: 1, active: 2, activeOrAfter: 3 },
    { cohortMonth: "2025-01", k: 2, active: 1, activeOrAfter: 1 },
    { cohortMonth: "2025-02", k: 0, active: 2, activeOrAfter: 2 },
  ];
  const months = ["2025-01", "2025-02", "2025-03"];

  const f = false;
  const none = Array(12).fill(f);

  it("divides by the cohort size, stops at the current month and marks that month partial", () => {
    const result = buildRetention(cells, months, "2025-03", "on");
    expect(result.cohorts).toEqual([
      { month: "2025-01", size: 4, counts: [4, 2, 1, n, n, n, n, n, n, n, n, n], retained: [1, 0.5, 0.25, n, n, n, n, n, n, n, n, n], partial: [f, f, true, f, f, f, f, f, f, f, f, f] },
      { month: "2025-02", size: 2, counts: [2, 0, n, n, n, n, n, n, n, n, n, n], retained: [1, 0, n, n, n, n, n, n, n, n, n, n], partial: [f, true, f, f, f, f, f, f, f, f, f, f] },
      { month: "2025-03", size: 0, counts: Array(12).fill(n), retained: Array(12).fill(n), partial: none },
    ]);
    // k0: (4 + 2) / (4 + 2); k1: Feb's k1 is March, unfinished, so only Jan: 2 / 4;
    // k2: Jan's k2 is March too, and no cohort has completed it.
    expect(result.average).toEqual([1, 0.5, n, n, n, n, n, n, n, n, n, n]);
  });

  it("leaves a partial cell out of the average however high or low it is", () => {
    // Same table a month later (current April): March has ended, Jan k2 and Feb k1 now count.
    const result = buildRetention(cells, [...months, "2025-04"], "2025-04", "on");
    expect(result.cohorts[0]?.partial.slice(0, 4)).toEqual([f, f, f, true]);
    // k1: (2 + 0) / (4 + 2); k2: 1 / 4; k3 is April for Jan: partial, so none.
    expect(result.average.slice(0, 4)).toEqual([1, 1 / 3, 0.25, n]);
  });

  it("reads the on-or-after counts in that mode", () => {
    const result = buildRetention(cells, months, "2025-03", "onOrAfter");
    expect(result.cohorts[0]?.counts.slice(0, 3)).toEqual([4, 3, 1]);
    // k1: only Jan completed it: 3 / 4.
    expect(result.average.slice(0, 3)).toEqual([1, 0.75, n]);
  });
});

describe("retention reference", () => {
  const at = (iso: string) => new Date(iso);
  const data: ReferenceData = {
    timeZone: "Asia/Jerusalem",
    now: at("2025-03-10T00:00:00Z"),
    stages: [],
    users: [],
    customers: [],
    // x: Jan, Mar · y: Jan (31 Jan 22:30 UTC is 1 Feb locally: Feb cohort), Feb · z: Jan only.
    purchases: [
      { customerId: "x", at: at("2025-01-05T10:00:00Z"), amountMinor: 1 },
      { customerId: "x", at: at("2025-03-02T10:00:00Z"), amountMinor: 1 },
      { customerId: "y", at: at("2025-01-31T22:30:00Z"), amountMinor: 1 },
      { customerId: "y", at: at("2025-02-20T10:00:00Z"), amountMinor: 1 },
      { customerId: "z", at: at("2025-01-10T10:00:00Z"), amountMinor: 1 },
    ],
    feedback: [],
    events: [],
  };

  it("counts customers by their first local purchase month", () => {
    const on = retentionReference(data, { first: "2025-01", last: "2025-02" }, "on");
    // Jan {x, z}: k1 Feb nobody, k2 Mar x. Feb {y}: y bought only in Feb.
    expect(on.cohorts.map((c) => [c.month, c.size, c.counts.slice(0, 3)])).toEqual([
      ["2025-01", 2, [2, 0, 1]],
      ["2025-02", 1, [1, 0, n]],
    ]);
    const after = retentionReference(data, { first: "2025-01", last: "2025-01" }, "onOrAfter");
    expect(after.cohorts[0]?.counts.slice(0, 3)).toEqual([2, 1, 1]);
  });
});
