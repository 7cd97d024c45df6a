import { randomUUID } from "node:crypto";
import { verify } from "@node-rs/argon2";
import { beforeEach, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { hashPassword } from "@/core/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { throttlePolicy } from "@/core/auth/throttle-policy";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";

vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...real, verify: vi.fn(real.verify) };
});
const verifications = vi.mocked(verify);
const now = new Date(Date.UTC(2026, 4, 1, 10));
// A new address each call: a random one could repeat an address a burst test had already used up.
let addresses = 0;
const address = () => {
  addresses += 1;
  return `10.0.${Math.floor(addresses / 256)}.${addresses % 256}`;
};
const errorsOf = (results: Awaited<ReturnType<typeof signInWithPassword>>[]) => results.map((r) => (r.ok ? "signed_in" : r.error));
const count = (list: string[], value: string) => list.filter((v) => v === value).length;

describeOnEngines("sign-in with a password", (conn) => {
  const password = "right-password-1";
  let passwordHash = "";

  async function newAccount() {
    const { db } = conn();
    passwordHash ||= await hashPassword(password);
    const { orgId } = await createTestOrg(db);
    const email = `guess-${randomUUID()}@test.test`;
    await db.insert(users).values({ orgId, email, name: "Target", role: "sales", passwordHash });
    return email;
  }

  beforeEach(() => {
    verifications.mockClear();
  });

  it("checks at most the account's allowance of 40 racing wrong guesses, then refuses the right password", async () => {
    const { db } = conn();
    const email = await newAccount();
    const from = address();
    const burst = await Promise.all(Array.from({ length: 40 }, () => signInWithPassword(db, { email, password: "wrong", address: from }, now)));
    const errors = errorsOf(burst);
    expect(count(errors, "invalid_credentials")).toBe(throttlePolicy.account.freeFailures);
    expect(count(errors, "throttled")).toBe(40 - throttlePolicy.account.freeFailures);
    expect(verifications).toHaveBeenCalledTimes(throttlePolicy.account.freeFailures);
    const right = await signInWithPassword(db, { email, password, address: address() }, now);
    expect(right).toEqual({ ok: false, error: "throttled" });
    expect(verifications).toHaveBeenCalledTimes(throttlePolicy.account.freeFailures);
  });

  it("checks at most the address's allowance of 60 racing guesses at different accounts", async () => {
    const { db } = conn();
    const from = address();
    const burst = await Promise.all(
      Array.from({ length: 60 }, () => signInWithPassword(db, { email: `nobody-${randomUUID()}@test.test`, password: "wrong", address: from }, now)),
    );
    const errors = errorsOf(burst);
    expect(count(errors, "invalid_credentials")).toBe(throttlePolicy.ip.freeFailures);
    expect(count(errors, "throttled")).toBe(60 - throttlePolicy.ip.freeFailures);
  });

  it("verifies an unknown email against a dummy hash, exactly as often as a known one", async () => {
    const { db } = conn();
    const email = await newAccount();
    expect(await signInWithPassword(db, { email, password: "wrong", address: address() }, now)).toEqual({ ok: false, error: "invalid_credentials" });
    expect(verifications).toHaveBeenCalledTimes(1);
    const unknown = await signInWithPassword(db, { email: `nobody-${randomUUID()}@test.test`, password: "wrong", address: address() }, now);
    expect(unknown).toEqual({ ok: false, error: "invalid_credentials" });
    expect(verifications).toHaveBeenCalledTimes(2);
    expect(verifications.mock.calls[1]?.[0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("signs in with the right password and forgets the account's failures", async () => {
    const { db } = conn();
    const email = await newAccount();
    for (let i = 0; i < throttlePolicy.account.freeFailures - 1; i++) await signInWithPassword(db, { email, password: "wrong", address: address() }, now);
    const right = await signInWithPassword(db, { email, password, address: address() }, now);
    expect(right.ok && right.user.email).toBe(email);
    const errors = [];
    for (let i = 0; i < throttlePolicy.account.freeFailures; i++) errors.push(await signInWithPassword(db, { email, password: "wrong", address: address() }, now));
    expect(errorsOf(errors)).toEqual(Array(throttlePolicy.account.freeFailures).fill("invalid_credentials"));
  });
});
