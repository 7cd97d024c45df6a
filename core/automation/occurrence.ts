/**
 * What a firing's occurrence key says, for the run log: the engine names each occurrence by why it
 * happened (db/sql/automation.sql, db/mutations/automation-schedule.ts). Keys of a kind this does
 * not know are shown as written.
 */
export type Occurrence =
  | { kind: "entered" | "purchase" | "feedback" }
  | { kind: "stay"; since: Date }
  | { kind: "silence"; since: Date }
  | { kind: "birthday"; year: number }
  | { kind: "holiday"; holiday: string; day: string }
  | { kind: "other"; text: string };

export function readOccurrence(key: string): Occurrence {
  const [kind, value = ""] = key.split(/:(.*)/s, 2);
  if (kind === "entered" || kind === "purchase" || kind === "feedback") return { kind };
  if ((kind === "stay" || kind === "silence") && /^-?\d{1,19}$/.test(value)) {
    // Microseconds since the epoch; a Date keeps milliseconds.
    const since = new Date(Number(BigInt(value) / 1000n));
    if (!Number.isNaN(since.getTime())) return kind === "stay" ? { kind, since } : { kind, since };
  }
  if (kind === "birthday" && /^\d{4}$/.test(value)) return { kind, year: Number(value) };
  const holiday = kind === "holiday" ? /^([a-z_]+):(\d{4}-\d{2}-\d{2})$/.exec(value) : null;
  if (holiday?.[1] && holiday[2]) return { kind: "holiday", holiday: holiday[1], day: holiday[2] };
  return { kind: "other", text: key };
}
