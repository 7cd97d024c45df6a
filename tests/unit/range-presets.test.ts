import { DateLib } from "react-day-picker";
import { describe, expect, it } from "vitest";
import { addDays } from "@/core/analytics/dates";
import { monthStart, presetKeys, presetRange } from "@/lib/analytics/funnel/range-presets";
import { locales, type Locale } from "@/core/constants";
import { jalaliDateLib } from "@/lib/i18n/jalali-date-lib";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const local = (value: string) => {
  const [y = 1970, m = 1, d = 1] = value.split("-").map(Number);
  return new Date(y, m - 1, d);
};

/** The month arithmetic of the date picker itself (react-day-picker's `DateLib`, Jalali in `fa`). */
const pickerLib = (locale: Locale) => new DateLib({}, locale === "fa" ? jalaliDateLib : undefined);
const pickerMonth = (lib: DateLib, date: string, offset: number) => iso(lib.addMonths(lib.startOfMonth(local(date)), offset));

describe("range presets", () => {
  it("count days back from tomorrow, today included", () => {
    for (const locale of locales) {
      expect(presetRange("last7", "2024-03-01", locale)).toEqual({ from: "2024-02-24", to: "2024-03-02" });
      expect(presetRange("last30", "2024-05-10", locale)).toEqual({ from: "2024-04-11", to: "2024-05-11" });
      expect(presetRange("last90", "2025-01-15", locale)).toEqual({ from: "2024-10-18", to: "2025-01-16" });
    }
  });

  it("use Gregorian months in en and he", () => {
    for (const locale of ["en", "he"] as const) {
      expect(presetRange("thisMonth", "2024-02-29", locale)).toEqual({ from: "2024-02-01", to: "2024-03-01" });
      expect(presetRange("lastMonth", "2024-01-31", locale)).toEqual({ from: "2023-12-01", to: "2024-01-01" });
      expect(presetRange("last12Months", "2024-12-31", locale)).toEqual({ from: "2024-01-01", to: "2025-01-01" });
    }
  });

  it("use Jalali months in fa", () => {
    // 2025-03-01 is 1403-12-11; Esfand 1403 has 30 days and 1404 starts on 2025-03-21.
    expect(presetRange("thisMonth", "2025-03-01", "fa")).toEqual({ from: "2025-02-19", to: "2025-03-21" });
    expect(presetRange("lastMonth", "2025-03-01", "fa")).toEqual({ from: "2025-01-20", to: "2025-02-19" });
    expect(presetRange("last12Months", "2025-03-01", "fa")).toEqual({ from: "2024-03-20", to: "2025-03-21" });
    // 2024-03-20 is 1403-01-01: last month is Esfand 1402 (29 days).
    expect(presetRange("lastMonth", "2024-03-20", "fa")).toEqual({ from: "2024-02-20", to: "2024-03-20" });
    expect(monthStart("2024-03-19", 1, "fa")).toBe("2024-03-20");
  });

  it.each(["UTC", "Asia/Tehran", "Asia/Jerusalem", "America/New_York"])(
    "give the months the date picker shows, every day of six years (browser in %s)",
    (timeZone) => {
      const saved = process.env.TZ;
      process.env.TZ = timeZone;
      try {
        for (const locale of locales) {
          const lib = pickerLib(locale);
          for (let today = "2020-01-01"; today < "2026-01-01"; today = addDays(today, 1)) {
            const month = (offset: number) => pickerMonth(lib, today, offset);
            expect([presetRange("thisMonth", today, locale), presetRange("lastMonth", today, locale), presetRange("last12Months", today, locale)]).toEqual([
              { from: month(0), to: month(1) },
              { from: month(-1), to: month(0) },
              { from: month(-11), to: month(1) },
            ]);
          }
        }
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );

  it("are non-empty and start on or before today", () => {
    for (const locale of locales)
      for (const key of presetKeys) {
        const { from, to } = presetRange(key, "2024-07-04", locale);
        expect(from <= "2024-07-04" && from < to).toBe(true);
      }
  });
});
