const DAY_MS = 86_400_000;

/** Whole days between two instants, rounded down. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** A customer is stale when nothing happened (no move, no touchpoint) for the stage's idle days. */
export function isStale(lastActivityAt: Date, idleDays: number, now: Date): boolean {
  return now.getTime() - lastActivityAt.getTime() >= idleDays * DAY_MS;
}
