import { describe, expect, it } from "vitest";
import { timeInStages } from "@/lib/journey/visits";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const DAY = 86_400_000;

describe("timeInStages", () => {
  it("adds up repeated visits and keeps the latest one apart", () => {
    // awareness 0→3 (3 d), engagement 3→5 (2 d), awareness again 5→6 (1 d), engagement 6→10 (open until day 10: 4 d)
    const result = timeInStages(
      [
        { toKey: "awareness", at: day(0) },
        { toKey: "engagement", at: day(3) },
        { toKey: "awareness", at: day(5) },
        { toKey: "engagement", at: day(6) },
      ],
      day(10),
    );
    expect(result).toEqual([
      { key: "awareness", latestMs: 1 * DAY, cumulativeMs: 4 * DAY, visits: 2 },
      { key: "engagement", latestMs: 4 * DAY, cumulativeMs: 6 * DAY, visits: 2 },
    ]);
  });

  it("counts time spent lost like any other state", () => {
    const result = timeInStages([{ toKey: "awareness", at: day(0) }, { toKey: "lost", at: day(2) }], day(7));
    expect(result.find((r) => r.key === "lost")).toEqual({ key: "lost", latestMs: 5 * DAY, cumulativeMs: 5 * DAY, visits: 1 });
  });

  it("is empty without history", () => {
    expect(timeInStages([], day(1))).toEqual([]);
  });
});
