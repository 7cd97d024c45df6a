import "server-only";
import type { Db } from "@/db/client";
import { clearThrottle, recordFailure, throttleWait } from "@/db/mutations/throttle";
import { findUserByEmail } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { verifyPassword } from "./password";
import { throttleKey } from "./throttle-policy";

/** Error codes the sign-in page translates; next-auth passes them through as `error`. */
export const signInErrors = { invalid: "invalid_credentials", disabled: "account_disabled", throttled: "throttled" } as const;

export type SignInResult = { ok: true; user: User } | { ok: false; error: (typeof signInErrors)[keyof typeof signInErrors] };

/** Checks an email and password within the per-account and per-address throttles. */
export async function signInWithPassword(
  db: Db,
  { email, password, address }: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const accountKey = throttleKey("account", email);
  const ipKey = throttleKey("ip", address);
  if ((await throttleWait(db, [accountKey, ipKey], now)) > 0) return { ok: false, error: signInErrors.throttled };
  const user = await findUserByEmail(db, email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !valid) {
    await recordFailure(db, "account", accountKey, now);
    await recordFailure(db, "ip", ipKey, now);
    return { ok: false, error: signInErrors.invalid };
  }
  if (user.disabledAt) return { ok: false, error: signInErrors.disabled };
  await clearThrottle(db, accountKey);
  return { ok: true, user };
}
