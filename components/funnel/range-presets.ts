import type { DateLib } from "react-day-picker";
import { fromDate, toDate } from "./use-calendar";

export const presetKeys = ["last7", "last30", "last90", "thisMonth", "lastMonth", "last12Months"] as const;
export type PresetKey = (typeof presetKeys)[number];

/**
 * `[from, to)` of each preset around `today` (the organization's local date). Months follow the
 * page's calendar: "this month" is a Jalali month in `fa`.
 */
export function presetRange(key: PresetKey, today: string, lib: DateLib): { from: string; to: string } {
  const day = toDate(today);
  const tomorrow = lib.addDays(day, 1);
  const month = lib.startOfMonth(day);
  const days = (n: number) => ({ from: fromDate(lib.addDays(tomorrow, -n)), to: fromDate(tomorrow) });
  switch (key) {
    case "last7":
      return days(7);
    case "last30":
      return days(30);
    case "last90":
      return days(90);
    case "thisMonth":
      return { from: fromDate(month), to: fromDate(lib.addMonths(month, 1)) };
    case "lastMonth":
      return { from: fromDate(lib.addMonths(month, -1)), to: fromDate(month) };
    case "last12Months":
      return { from: fromDate(lib.addMonths(month, -11)), to: fromDate(lib.addMonths(month, 1)) };
  }
}
