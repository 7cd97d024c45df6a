export type ThrottleKind = "account" | "ip";

export const WINDOW_MS = 60 * 60 * 1000;

/**
 * Soft lockout with a growing delay (OWASP ASVS 2.2.1): the first failures are free, then each
 * failure doubles the wait, capped; an account never gets more than 100 tries an hour.
 */
export const throttlePolicy: Record<ThrottleKind, { freeFailures: number; maxPerWindow: number }> = {
  account: { freeFailures: 5, maxPerWindow: 100 },
  ip: { freeFailures: 20, maxPerWindow: 1000 },
};
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

/** The whole policy of a kind, for the database's copy of `lockedUntil` (db/mutations/throttle.ts). */
export const lockPolicy = (kind: ThrottleKind) => ({ ...throttlePolicy[kind], baseDelayMs: BASE_DELAY_MS, maxDelayMs: MAX_DELAY_MS });

/** When the key may try again after its `failures`-th failure in the window (null: right away). */
export function lockedUntil(kind: ThrottleKind, failures: number, windowStartedAt: Date, now: Date): Date | null {
  const { freeFailures, maxPerWindow } = throttlePolicy[kind];
  if (failures >= maxPerWindow) return new Date(windowStartedAt.getTime() + WINDOW_MS);
  if (failures < freeFailures) return null;
  const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - freeFailures));
  return new Date(now.getTime() + delay);
}

export function throttleKey(kind: ThrottleKind, subject: string): string {
  return `${kind}:${subject.trim().toLowerCase()}`;
}
