import { describe, expect, it } from "vitest";
import { isLeapJalaliYear, isValidJalali, jalaliMonthLength, jalaliToGregorian } from "@/lib/import/jalali";

const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

describe("Jalali → Gregorian", () => {
  it.each([
    [1403, 1, 1, "2024-03-20"],
    [1399, 12, 30, "2021-03-20"],
    [1400, 1, 1, "2021-03-21"],
    [1403, 5, 12, "2024-08-02"],
    [1402, 12, 29, "2024-03-19"],
    [1403, 12, 30, "2025-03-20"],
    [1404, 1, 1, "2025-03-21"],
    [1357, 11, 22, "1979-02-11"],
    [1348, 10, 11, "1970-01-01"],
    [1300, 1, 1, "1921-03-21"],
  ])("%i/%i/%i is %s", (y, m, d, expected) => {
    expect(iso(jalaliToGregorian(y, m, d))).toBe(expected);
  });

  it("knows the leap years (Esfand has 30 days) and refuses impossible dates", () => {
    expect([1399, 1403, 1408].map(isLeapJalaliYear)).toEqual([true, true, true]);
    expect([1400, 1401, 1402, 1404].map(isLeapJalaliYear)).toEqual([false, false, false, false]);
    expect(jalaliMonthLength(1403, 1)).toBe(31);
    expect(jalaliMonthLength(1403, 7)).toBe(30);
    expect(isValidJalali(1400, 12, 30)).toBe(false);
    expect(isValidJalali(1403, 7, 31)).toBe(false);
    expect(isValidJalali(1403, 13, 1)).toBe(false);
    expect(() => jalaliToGregorian(1400, 12, 30)).toThrow(RangeError);
  });

  it("agrees with the platform's Persian calendar on every day from 1340 to 1420", () => {
    const persian = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    const mismatches: string[] = [];
    for (let ms = Date.UTC(1961, 2, 21); ms < Date.UTC(2042, 2, 21); ms += 86_400_000) {
      const parts = Object.fromEntries(persian.formatToParts(ms).map((p) => [p.type, Number.parseInt(p.value, 10)]));
      const [y, m, d] = [parts.year ?? 0, parts.month ?? 0, parts.day ?? 0];
      const expected = new Date(ms).toISOString().slice(0, 10);
      if (iso(jalaliToGregorian(y, m, d)) !== expected) mismatches.push(`${y}/${m}/${d} ≠ ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });
});
