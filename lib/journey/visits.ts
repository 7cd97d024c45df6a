export interface HistoryEvent {
  toKey: string;
  at: Date;
}

export interface StageTime {
  key: string;
  /** Milliseconds of the most recent visit (still running for the current stage). */
  latestMs: number;
  /** Milliseconds of all visits added up. */
  cumulativeMs: number;
  visits: number;
}

/**
 * Time spent in each stage (and in `lost`) from a customer's history, oldest event first.
 * The open visit of the current stage runs until `now`.
 */
export function timeInStages(events: HistoryEvent[], now: Date): StageTime[] {
  const byKey = new Map<string, StageTime>();
  events.forEach((event, i) => {
    const end = events[i + 1]?.at ?? now;
    const duration = Math.max(0, end.getTime() - event.at.getTime());
    const entry = byKey.get(event.toKey) ?? { key: event.toKey, latestMs: 0, cumulativeMs: 0, visits: 0 };
    entry.latestMs = duration;
    entry.cumulativeMs += duration;
    entry.visits += 1;
    byKey.set(event.toKey, entry);
  });
  return [...byKey.values()];
}
