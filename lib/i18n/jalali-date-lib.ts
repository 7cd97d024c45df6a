import type { DateLib } from "react-day-picker";
import { fromJalali, jalaliMonthLength, toJalali, type YMD } from "@/core/i18n/jalali";

/*
 * A react-day-picker `dateLib` for the Solar Hijri calendar (the `fa` pages). react-day-picker 10
 * moved its Persian calendar to the @daypicker/persian add-on, which this project does not
 * install; overriding the month- and year-dependent functions is all the calendar needs. Dates
 * stay ordinary local `Date`s at midnight; only how they group into months and years changes.
 */

const jalaliOf = (date: Date): YMD => toJalali({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });

function dateOf(year: number, monthIndex: number, day: number): Date {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12 + 1;
  const g = fromJalali({ year: y, month: m, day: Math.min(Math.max(day, 1), jalaliMonthLength(y, m)) });
  return new Date(g.year, g.month - 1, g.day);
}

const endOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999);
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("fa-IR-u-ca-persian-nu-latn", options);
const formats: Record<string, Intl.DateTimeFormat> = {
  d: intl({ day: "numeric" }),
  cccc: intl({ weekday: "long" }),
  cccccc: intl({ weekday: "narrow" }),
  PPPP: intl({ dateStyle: "full" }),
  "LLLL y": intl({ month: "long", year: "numeric" }),
  LLLL: intl({ month: "long" }),
  yyyy: intl({ year: "numeric" }),
};

export const jalaliDateLib: Partial<typeof DateLib.prototype> = {
  newDate: (year, monthIndex, day) => dateOf(year, monthIndex, day),
  getYear: (date) => jalaliOf(date).year,
  getMonth: (date) => jalaliOf(date).month - 1,
  startOfMonth: (date) => {
    const j = jalaliOf(date);
    return dateOf(j.year, j.month - 1, 1);
  },
  endOfMonth: (date) => {
    const j = jalaliOf(date);
    return endOfDay(dateOf(j.year, j.month - 1, 31));
  },
  startOfYear: (date) => dateOf(jalaliOf(date).year, 0, 1),
  endOfYear: (date) => endOfDay(dateOf(jalaliOf(date).year, 11, 30)),
  addMonths: (date, amount) => {
    const j = jalaliOf(date);
    return dateOf(j.year, j.month - 1 + amount, j.day);
  },
  addYears: (date, amount) => {
    const j = jalaliOf(date);
    return dateOf(j.year + amount, j.month - 1, j.day);
  },
  setMonth: (date, month) => {
    const j = jalaliOf(date);
    return dateOf(j.year, month, j.day);
  },
  setYear: (date, year) => {
    const j = jalaliOf(date);
    return dateOf(year, j.month - 1, j.day);
  },
  differenceInCalendarMonths: (left, right) => {
    const a = jalaliOf(left);
    const b = jalaliOf(right);
    return (a.year - b.year) * 12 + a.month - b.month;
  },
  isSameMonth: (left, right) => {
    const a = jalaliOf(left);
    const b = jalaliOf(right);
    return a.year === b.year && a.month === b.month;
  },
  isSameYear: (left, right) => jalaliOf(left).year === jalaliOf(right).year,
  eachMonthOfInterval: ({ start, end }) => {
    const months: Date[] = [];
    const first = jalaliOf(new Date(start));
    for (let i = 0; ; i++) {
      const month = dateOf(first.year, first.month - 1 + i, 1);
      if (month > new Date(end)) return months;
      months.push(month);
    }
  },
  eachYearOfInterval: ({ start, end }) => {
    const years: Date[] = [];
    for (let y = jalaliOf(new Date(start)).year; y <= jalaliOf(new Date(end)).year; y++) years.push(dateOf(y, 0, 1));
    return years;
  },
  /** Ids stay Gregorian ISO; what people read is formatted in the Jalali calendar. */
  format: (date, formatStr) => {
    if (formatStr === "yyyy-MM-dd") return iso(date);
    if (formatStr === "yyyy-MM") return iso(date).slice(0, 7);
    return (formats[formatStr] ?? formats.PPPP)?.format(date) ?? iso(date);
  },
};
