/** A calendar month in the organization's time zone, `YYYY-MM`. */
export type Month = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The month an instant falls in, in a time zone (what Postgres `date_trunc('month', at at time zone tz)` gives). */
export function monthOf(at: Date | number, timeZone: string): Month {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}`;
}

/** Months since year 0: month arithmetic without dates. */
export function monthIndex(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function addMonths(month: Month, n: number): Month {
  return monthFromIndex(monthIndex(month) + n);
}

/** Every month from `first` to `last`, both included. */
export function monthsFrom(first: Month, last: Month): Month[] {
  const start = monthIndex(first);
  return Array.from({ length: Math.max(0, monthIndex(last) - start + 1) }, (_, i) => monthFromIndex(start + i));
}

/** `YYYY-MM` → the first day, `YYYY-MM-01` (how Postgres stores a month). */
export const monthStart = (month: Month) => `${month}-01`;

export interface MonthRange {
  /** First month, included. */
  first: Month;
  /** Last month, included. */
  last: Month;
}

/**
 * The months a range `[from, to)` touches. `from`/`to` are `YYYY-MM` (the month's first day) or
 * `YYYY-MM-DD`; `to` is exclusive, so `to = 2025-07` or `2025-07-01` ends with June and
 * `to = 2025-07-15` with July.
 */
export function monthsOfRange(from: string, to: string): MonthRange {
  const endMonth = to.slice(0, 7);
  const endsOnFirst = to.length === 7 || to.endsWith("-01");
  return { first: from.slice(0, 7), last: endsOnFirst ? addMonths(endMonth, -1) : endMonth };
}

/** The default range: the current month and the 11 before it. */
export function defaultRange(current: Month): MonthRange {
  return { first: addMonths(current, -11), last: current };
}

/** The reported months: the range, without months that have not begun yet. */
export function reportedMonths(range: MonthRange, current: Month): Month[] {
  const last = monthIndex(range.last) > monthIndex(current) ? current : range.last;
  return monthsFrom(range.first, last);
}
