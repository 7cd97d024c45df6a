import { describe, expect, it } from "vitest";
import { lockedUntil, throttleKey, WINDOW_MS } from "@/core/auth/throttle-policy";

const now = new Date("2026-05-01T10:00:00Z");
const windowStart = new Date("2026-05-01T09:30:00Z");
const waitMs = (failures: number, kind: "account" | "ip" = "account") =>
  (lockedUntil(kind, failures, windowStart, now)?.getTime() ?? now.getTime()) - now.getTime();

describe("sign-in throttle policy", () => {
  it("lets the first failures through, then doubles the wait", () => {
    expect([1, 4].map((n) => waitMs(n))).toEqual([0, 0]);
    expect([5, 6, 7, 10].map((n) => waitMs(n))).toEqual([1000, 2000, 4000, 32_000]);
  });

  it("caps the delay at 15 minutes and shuts the account for the rest of the hour at 100 failures", () => {
    expect(waitMs(40)).toBe(15 * 60 * 1000);
    expect(lockedUntil("account", 100, windowStart, now)).toEqual(new Date(windowStart.getTime() + WINDOW_MS));
  });

  it("is more lenient per address than per account", () => {
    expect(waitMs(19, "ip")).toBe(0);
    expect(waitMs(20, "ip")).toBe(1000);
  });

  it("keys accounts case-insensitively", () => {
    expect(throttleKey("account", " Owner@Demo.TEST ")).toBe("account:owner@demo.test");
  });
});
