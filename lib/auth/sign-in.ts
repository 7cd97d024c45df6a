import "server-only";
import type { Db } from "@/db/client";
import { clearThrottle, releaseAttempt, reserveAttempt } from "@/db/mutations/throttle";
import { findUserByEmail } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "@/core/auth/password";
import { throttleKey } from "@/core/auth/throttle-policy";

/** Error codes the sign-in page translates; next-auth passes them through as `error`. */
export const signInErrors = { invalid: "invalid_credentials", disabled: "account_disabled", throttled: "throttled" } as const;

export type SignInResult = { ok: true; user: User } | { ok: false; error: (typeof signInErrors)[keyof typeof signInErrors] };

/**
 * Checks an email and password within the per-account and per-address throttles. The attempt is
 * taken from both allowances before argon2 runs (see `reserveAttempt`), so parallel guesses cannot
 * all slip past a throttle that only learns of their failures afterwards. `address` is null when
 * the client's address is unknown (see lib/security/client-address.ts): the account's throttle
 * still holds.
 */
export async function signInWithPassword(
  db: Db,
  { email, password, address }: { email: string; password: string; address: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const accountKey = throttleKey("account", email);
  const ipKey = address === null ? null : throttleKey("ip", address);
  if (!(await reserveAttempt(db, "account", accountKey, now))) return { ok: false, error: signInErrors.throttled };
  if (ipKey && !(await reserveAttempt(db, "ip", ipKey, now))) {
    await releaseAttempt(db, accountKey);
    return { ok: false, error: signInErrors.throttled };
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) return { ok: false, error: signInErrors.invalid };
  if (user.disabledAt) return { ok: false, error: signInErrors.disabled };
  await clearThrottle(db, accountKey);
  if (ipKey) await releaseAttempt(db, ipKey);
  return { ok: true, user };
}
