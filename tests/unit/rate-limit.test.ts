import { describe, expect, it } from "vitest";
import { DEFAULT_REQUESTS_PER_MINUTE, requestsPerMinute, spendToken, type Spend } from "@/core/api/rate-limit";

const start = new Date("2026-05-01T10:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

/** Spends one token per entry of `times` (ms after start) and returns each outcome. */
function replay(times: number[], perMinute: number): Spend[] {
  let refilledAt: Date | null = null;
  return times.map((ms) => {
    const spend = spendToken(refilledAt, at(ms), perMinute);
    if (spend.ok) refilledAt = spend.refilledAt;
    return spend;
  });
}
const allowed = (spends: Spend[]) => spends.filter((s) => s.ok).length;

describe("API key rate limit (token bucket)", () => {
  it("lets a whole minute's budget through at once, refuses the next request and says when to retry", () => {
    const spends = replay(Array(601).fill(0), 600);
    expect(allowed(spends)).toBe(600);
    expect(spends.at(-1)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it("refills one request per interval: the retry after the advertised wait passes", () => {
    const spends = replay([...Array(3).fill(0), 1000, 19_999, 20_000], 3);
    expect(spends.map((s) => s.ok)).toEqual([true, true, true, false, false, true]);
    expect(spends[3]).toEqual({ ok: false, retryAfterSeconds: 19 });
  });

  it("never refuses a client that keeps to the rate, and refuses one that goes faster", () => {
    expect(allowed(replay(Array.from({ length: 1000 }, (_, i) => i * 100), 600))).toBe(1000);
    // Two minutes at twice the rate: the minute's budget, then one request per 100 ms elapsed.
    const twiceTheRate = replay(Array.from({ length: 2400 }, (_, i) => i * 50), 600);
    expect(allowed(twiceTheRate)).toBe(600 + Math.floor(2399 * 50 / 100));
  });

  it("is whole again after a quiet minute, and does not bank more than a minute's budget", () => {
    const spends = replay([...Array(5).fill(0), ...Array(6).fill(10 * 60_000)], 5);
    expect(spends.map((s) => s.ok)).toEqual([...Array(10).fill(true), false]);
  });

  it("keeps the exact budget when the minute does not divide evenly", () => {
    expect(allowed(replay(Array(8).fill(0), 7))).toBe(7);
  });

  it("reads API_KEY_RATE_LIMIT as requests per minute and refuses a value that is not a positive integer", () => {
    expect(requestsPerMinute({})).toBe(DEFAULT_REQUESTS_PER_MINUTE);
    expect(requestsPerMinute({ API_KEY_RATE_LIMIT: " 60 " })).toBe(60);
    for (const value of ["0", "-5", "1.5", "lots"]) expect(() => requestsPerMinute({ API_KEY_RATE_LIMIT: value })).toThrow(/API_KEY_RATE_LIMIT/);
  });
});
