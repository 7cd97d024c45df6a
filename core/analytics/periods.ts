import { fromJalali, toJalali, type YMD } from "@/core/i18n/jalali";
import { addDays, daysBetween, localDate, previousPeriod } from "./dates";
import type { LocalDate } from "./types";

export interface Range {
  from: LocalDate;
  /** Exclusive. */
  to: LocalDate;
}

export interface Comparison {
  /** The part of the range that has happened: the whole range, or its first days up to today. */
  current: Range;
  /** What `current` is compared with. */
  previous: Range;
  /** The range has not ended: its figures are "so far". */
  partial: boolean;
}

const ymd = (date: LocalDate): YMD => {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
};
const iso = ({ year, month, day }: YMD): LocalDate => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const shiftMonth = ({ year, month }: YMD, by: number): YMD => {
  const index = year * 12 + month - 1 + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
};

/**
 * When the range is exactly one calendar month (Gregorian, or Solar Hijri as the `fa` presets pick),
 * the first day of the month before it; otherwise null.
 */
function previousMonthStart({ from, to }: Range): LocalDate | null {
  const g = ymd(from);
  if (g.day === 1 && iso(shiftMonth(g, 1)) === to) return iso(shiftMonth(g, -1));
  const j = toJalali(g);
  if (j.day === 1 && iso(fromJalali(shiftMonth(j, 1))) === to) return iso(fromJalali(shiftMonth(j, -1)));
  return null;
}

/**
 * The comparison behind a KPI card's trend (SPEC §3, unfinished periods). A range that has ended is
 * compared with the period of the same length before it. A range that holds `today` (the
 * organization's local date, not over yet) counts only its days so far, and is compared with the same number of
 * days from the start of the previous period — the previous month for a calendar month — never past
 * that period's end: on 31 March, March 1–31 is compared with all of February (28 or 29 days).
 */
export function comparisonWindow(range: Range, today: LocalDate): Comparison {
  const tomorrow = addDays(today, 1);
  if (range.to <= today || range.from > today) return { current: range, previous: previousPeriod(range), partial: false };
  const elapsed = daysBetween(range.from, tomorrow);
  const start = previousMonthStart(range) ?? previousPeriod(range).from;
  const end = addDays(start, elapsed);
  return { current: { from: range.from, to: range.to < tomorrow ? range.to : tomorrow }, previous: { from: start, to: end < range.from ? end : range.from }, partial: true };
}

/** `comparisonWindow` at an instant, with today read in the organization's time zone. */
export function comparisonWindowAt(range: Range, now: number, timeZone: string): Comparison {
  return comparisonWindow(range, localDate(now, timeZone));
}
