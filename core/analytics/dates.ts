import type { LocalDate } from "./types";

export const DAY_MS = 86_400_000;

/**
 * Analytics take dates (and months) of years 1900–2999 only: a CRM's history lies well inside, and
 * the defaults and previous-period comparisons, which reach a few years out, stay in what both
 * JavaScript's ISO dates and PostgreSQL read (year 0 or 10000 failed the query).
 */
export const inAnalyticsRange = (date: string) => date.slice(0, 4) >= "1900" && date.slice(0, 4) <= "2999";
export const analyticsRangeIssue = { message: "out_of_range", params: { code: "out_of_range" } };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(ms: number, timeZone: string) {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(ms).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, wall: Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!) };
}

/** The local date of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): LocalDate {
  return wallClock(ms, timeZone).date;
}

/**
 * The first instant of a local date, as Postgres computes `date::timestamp at time zone tz`: a
 * midnight that occurs twice (clocks set back) is the later one, and a midnight skipped by a
 * clock change takes the offset in force before it, which is the instant the day starts.
 */
export function zonedMidnight(date: LocalDate, timeZone: string): number {
  const naive = Date.parse(`${date}T00:00:00Z`);
  const offsetAt = (ms: number) => wallClock(ms, timeZone).wall - Math.floor(ms / 1000) * 1000;
  const earlier = offsetAt(naive - DAY_MS);
  const later = offsetAt(naive + DAY_MS);
  const exact = [naive - earlier, naive - later].filter((ms) => wallClock(ms, timeZone).wall === naive);
  return exact.length > 0 ? Math.max(...exact) : naive - earlier;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (local dates). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The period of the same length just before `[from, to)`. */
export function previousPeriod({ from, to }: { from: LocalDate; to: LocalDate }): { from: LocalDate; to: LocalDate } {
  return { from: addDays(from, -daysBetween(from, to)), to: from };
}
