/** Requests per minute an API key may make when API_KEY_RATE_LIMIT is not set. */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
const MINUTE_MS = 60_000;

/** The per-key limit from API_KEY_RATE_LIMIT (requests per minute); a value that is not a positive integer is a setup error. */
export function requestsPerMinute(env: Record<string, string | undefined> = process.env): number {
  const raw = env.API_KEY_RATE_LIMIT?.trim();
  if (!raw) return DEFAULT_REQUESTS_PER_MINUTE;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`API_KEY_RATE_LIMIT must be a positive integer (requests per minute per key), not "${raw}"`);
  return value;
}

export type Spend = { ok: true; refilledAt: Date } | { ok: false; retryAfterSeconds: number };

/**
 * A token bucket holding a minute's worth of requests, kept as one timestamp (the generic cell
 * rate algorithm): `refilledAt` is when the bucket is whole again. Each request pushes it one
 * interval (a minute / the limit) further; a request that would push it more than a minute
 * ahead of now is refused, and may be retried when that excess has drained.
 */
export function spendToken(refilledAt: Date | null, now: Date, perMinute: number): Spend {
  const interval = MINUTE_MS / perMinute;
  // Whole milliseconds (what a Date holds), rounded in the caller's favour.
  const next = Math.floor(Math.max(refilledAt?.getTime() ?? 0, now.getTime()) + interval);
  const excess = next - now.getTime() - MINUTE_MS;
  if (excess > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(excess / 1000)) };
  return { ok: true, refilledAt: new Date(next) };
}
