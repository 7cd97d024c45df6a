import { expect, it } from "vitest";
import { clearThrottle, recordFailure, throttleWait } from "@/db/mutations/throttle";
import { describeOnEngines } from "../support/engines";

const at = (minutes: number) => new Date(Date.UTC(2026, 4, 1, 10, minutes));

describeOnEngines("sign-in throttle counters", (conn) => {
  it("locks after the free failures, for a growing time, and survives in the database", async () => {
    const { db } = conn();
    const key = "account:someone@example.test";
    for (let i = 0; i < 4; i++) await recordFailure(db, "account", key, at(0));
    expect(await throttleWait(db, [key], at(0))).toBe(0);
    await recordFailure(db, "account", key, at(0));
    expect(await throttleWait(db, [key], at(0))).toBe(1000);
    await recordFailure(db, "account", key, at(0));
    expect(await throttleWait(db, [key, "ip:1.2.3.4"], at(0))).toBe(2000);
  });

  it("starts a new window after an hour and clears on success", async () => {
    const { db } = conn();
    const key = "account:someone@example.test";
    await recordFailure(db, "account", key, at(61));
    expect(await throttleWait(db, [key], at(61))).toBe(0);
    for (let i = 0; i < 6; i++) await recordFailure(db, "account", key, at(62));
    expect(await throttleWait(db, [key], at(62))).toBeGreaterThan(0);
    await clearThrottle(db, key);
    expect(await throttleWait(db, [key], at(62))).toBe(0);
  });
});
