import type { Locale } from "@/core/constants";
import { fromJalali, toJalali, type YMD } from "@/core/i18n/jalali";
import { addDays } from "@/core/analytics/dates";
import type { LocalDate } from "@/core/analytics/types";

export const presetKeys = ["last7", "last30", "last90", "thisMonth", "lastMonth", "last12Months"] as const;
export type PresetKey = (typeof presetKeys)[number];

const parse = (date: LocalDate): YMD => {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
};
const format = ({ year, month, day }: YMD): LocalDate =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * The first day of the month `offset` months after the one holding `date`, in the page's calendar:
 * Solar Hijri months in `fa` (the months the `fa` date picker shows), Gregorian ones otherwise.
 * Plain string arithmetic, so the funnel form needs no date library until its calendar opens.
 */
export function monthStart(date: LocalDate, offset: number, locale: Locale): LocalDate {
  const jalali = locale === "fa";
  const { year, month } = jalali ? toJalali(parse(date)) : parse(date);
  const index = year * 12 + month - 1 + offset;
  const first = { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
  return format(jalali ? fromJalali(first) : first);
}

/**
 * `[from, to)` of each preset around `today` (the organization's local date). Months follow the
 * page's calendar: "this month" is a Jalali month in `fa`.
 */
export function presetRange(key: PresetKey, today: LocalDate, locale: Locale): { from: LocalDate; to: LocalDate } {
  const tomorrow = addDays(today, 1);
  const month = (offset: number) => monthStart(today, offset, locale);
  const days = (n: number) => ({ from: addDays(tomorrow, -n), to: tomorrow });
  switch (key) {
    case "last7":
      return days(7);
    case "last30":
      return days(30);
    case "last90":
      return days(90);
    case "thisMonth":
      return { from: month(0), to: month(1) };
    case "lastMonth":
      return { from: month(-1), to: month(0) };
    case "last12Months":
      return { from: month(-11), to: month(1) };
  }
}
