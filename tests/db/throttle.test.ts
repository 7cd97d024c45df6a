import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { clearThrottle, releaseAttempt, reserveAttempt } from "@/db/mutations/throttle";
import { signInThrottles } from "@/db/schema";
import { lockedUntil, throttlePolicy, WINDOW_MS, type ThrottleKind } from "@/core/auth/throttle-policy";
import { describeOnEngines } from "../support/engines";

const start = new Date(Date.UTC(2026, 4, 1, 10));
const later = (ms: number) => new Date(start.getTime() + ms);
let keys = 0;
const newKey = (kind: ThrottleKind) => `${kind}:key-${++keys}-${Math.random()}`;

describeOnEngines("sign-in throttle reservations", (conn) => {
  const row = async (key: string) => (await conn().db.select().from(signInThrottles).where(eq(signInThrottles.key, key)))[0];

  it("of 50 racing attempts lets exactly the free allowance through, then one more each time the lock runs out", async () => {
    const { db } = conn();
    const key = newKey("account");
    const granted = await Promise.all(Array.from({ length: 50 }, () => reserveAttempt(db, "account", key, start)));
    expect(granted.filter(Boolean)).toHaveLength(throttlePolicy.account.freeFailures);
    expect(await row(key)).toMatchObject({ failures: 5, lockedUntil: later(1000) });
    const afterLock = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt(db, "account", key, later(1000))));
    expect(afterLock.filter(Boolean)).toHaveLength(1);
    expect(await row(key)).toMatchObject({ failures: 6, lockedUntil: later(3000) });
  });

  for (const kind of ["account", "ip"] as const) {
    it(`locks a(n) ${kind} key exactly as the policy says, attempt after attempt`, async () => {
      const { db } = conn();
      const key = newKey(kind);
      let now = start;
      for (let failures = 1; failures <= throttlePolicy[kind].freeFailures + 10; failures++) {
        expect(await reserveAttempt(db, kind, key, now)).toBe(true);
        const expected = lockedUntil(kind, failures, start, now);
        expect((await row(key))?.lockedUntil).toEqual(expected);
        if (expected) expect(await reserveAttempt(db, kind, key, new Date(expected.getTime() - 1))).toBe(false);
        now = expected ?? now;
      }
    });
  }

  it("shuts the key for the rest of the hour at the window's maximum, then starts a new window", async () => {
    const { db } = conn();
    const key = newKey("account");
    const { maxPerWindow } = throttlePolicy.account;
    await db.insert(signInThrottles).values({ key, failures: maxPerWindow - 1, windowStartedAt: start });
    expect(await reserveAttempt(db, "account", key, later(60_000))).toBe(true);
    expect(await row(key)).toMatchObject({ failures: maxPerWindow, lockedUntil: later(WINDOW_MS) });
    expect(await reserveAttempt(db, "account", key, later(WINDOW_MS - 1))).toBe(false);
    expect(await reserveAttempt(db, "account", key, later(WINDOW_MS))).toBe(true);
    expect(await row(key)).toMatchObject({ failures: 1, windowStartedAt: later(WINDOW_MS), lockedUntil: null });
  });

  it("gives an attempt back without lifting its lock, and forgets a key on success", async () => {
    const { db } = conn();
    const key = newKey("account");
    for (let i = 0; i < 5; i++) await reserveAttempt(db, "account", key, start);
    await releaseAttempt(db, key);
    expect(await row(key)).toMatchObject({ failures: 4, lockedUntil: later(1000) });
    expect(await reserveAttempt(db, "account", key, start)).toBe(false);
    await clearThrottle(db, key);
    expect(await row(key)).toBeUndefined();
    expect(await reserveAttempt(db, "account", key, start)).toBe(true);
  });
});
