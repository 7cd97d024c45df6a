import { describe, expect, it } from "vitest";
import { formatMs, formatTable, movesShare, movesVerdict, percentiles, resultLine, verdict } from "@/scripts/bench/report";

describe("bench report", () => {
  it("takes p50 and p95 between closest ranks, in any order of samples", () => {
    const samples = Array.from({ length: 101 }, (_, i) => 100 - i);
    expect(percentiles(samples)).toEqual({ p50: 50, p95: 95 });
    expect(percentiles([4, 2])).toEqual({ p50: 3, p95: 3.9 });
    expect(() => percentiles([])).toThrow();
  });

  it("reports the app's p50 over the SQL's p50 as the ratio", () => {
    expect(resultLine("funnel", [10, 12, 14], [4, 5, 6])).toEqual({ name: "funnel", p50Ms: 12, p95Ms: 13.8, rawSqlMs: 5, ratio: 2.4 });
  });

  it("says which target was missed and by how much", () => {
    const line = { name: "search", p50Ms: 40, p95Ms: 75, rawSqlMs: 37.5, ratio: 1.07 };
    expect(verdict(line, { p95Ms: 50, appCostMs: 1.5 })).toBe("MISSED: p95 50% over 50 ms, app cost 2.50 > 1.5 ms");
    expect(verdict({ ...line, p95Ms: 50, rawSqlMs: 38.5 }, { p95Ms: 50, appCostMs: 1.5 })).toBe("met");
    expect(verdict(line, { p50Ms: 30, p95Ms: 100 })).toBe("MISSED: p50 34% over 30 ms");
    expect(verdict(line, undefined)).toBe("");
    expect(movesVerdict({ rps: 1020, p95Ms: 40 })).toBe("met");
    expect(movesVerdict({ rps: 620, p95Ms: 200 })).toBe("MISSED: 620/s < 1000/s, p95 4.0× over 50 ms");
    expect(verdict({ ...line, p95Ms: 50.2 }, { p95Ms: 50 })).toBe("MISSED: p95 1% over 50 ms");
  });

  it("gives the app's moves as a share of moves-raw, met from 60%", () => {
    expect(movesShare({ rps: 600 }, { rps: 1000 })).toBe("60% of moves-raw (met)");
    expect(movesShare({ rps: 250 }, { rps: 1000 })).toBe("25% of moves-raw (MISSED: < 60%)");
    expect(movesShare({ rps: 250 }, { rps: 0 })).toBe("0% of moves-raw (MISSED: < 60%)");
  });

  it("aligns text left and numbers right under a rule", () => {
    expect(formatTable(["name", "p50 ms", "requests"], [["funnel", formatMs(4.5), 1200], ["board-page", formatMs(1954.4), 20]])).toBe(
      ["name        p50 ms  requests", "----------  ------  --------", "funnel        4.50     1,200", "board-page   1,954        20"].join("\n"),
    );
  });
});
