import { describe, expect, it } from "vitest";
import { fromJalali, isValidJalali, jalaliMonthLength, toJalali } from "@/core/i18n/jalali";
import { jalaliDateLib as lib } from "@/lib/i18n/jalali-date-lib";

const need = <T,>(fn: T | undefined): T => {
  if (!fn) throw new Error("missing override");
  return fn;
};

const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

describe("Jalali dates", () => {
  it.each([
    [1403, 1, 1, "2024-03-20"],
    [1399, 12, 30, "2021-03-20"],
    [1400, 1, 1, "2021-03-21"],
    [1403, 5, 12, "2024-08-02"],
    [1402, 12, 29, "2024-03-19"],
    [1357, 11, 22, "1979-02-11"],
    [1348, 10, 11, "1970-01-01"],
    [1300, 1, 1, "1921-03-21"],
  ])("%i/%i/%i is %s", (year, month, day, expected) => {
    expect(iso(fromJalali({ year, month, day }))).toBe(expected);
  });

  it("knows the leap years (Esfand has 30 days) and refuses impossible dates", () => {
    expect([1399, 1403, 1408].map((year) => jalaliMonthLength(year, 12))).toEqual([30, 30, 30]);
    expect([1400, 1401, 1402, 1404].map((year) => jalaliMonthLength(year, 12))).toEqual([29, 29, 29, 29]);
    expect(isValidJalali({ year: 1400, month: 12, day: 30 })).toBe(false);
    expect(isValidJalali({ year: 1403, month: 7, day: 31 })).toBe(false);
    expect(isValidJalali({ year: 1403, month: 13, day: 1 })).toBe(false);
    expect(isValidJalali({ year: 1403, month: 12, day: 30 })).toBe(true);
  });

  it("converts known dates both ways", () => {
    expect(toJalali({ year: 2024, month: 3, day: 20 })).toEqual({ year: 1403, month: 1, day: 1 });
    expect(toJalali({ year: 2024, month: 3, day: 19 })).toEqual({ year: 1402, month: 12, day: 29 });
    expect(fromJalali({ year: 1403, month: 12, day: 30 })).toEqual({ year: 2025, month: 3, day: 20 });
    expect(fromJalali({ year: 1404, month: 1, day: 1 })).toEqual({ year: 2025, month: 3, day: 21 });
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1402, 12)).toBe(29);
    expect(jalaliMonthLength(1403, 7)).toBe(30);
  });

  it("round-trips every day of twenty years", () => {
    for (let ms = Date.UTC(2015, 0, 1); ms < Date.UTC(2035, 0, 1); ms += 86_400_000) {
      const d = new Date(ms);
      const g = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      expect(fromJalali(toJalali(g))).toEqual(g);
    }
  });

  it("gives react-day-picker Jalali months", () => {
    const mid = new Date(2025, 2, 1); // 1403-12-11
    expect(need(lib.getYear)(mid)).toBe(1403);
    expect(need(lib.getMonth)(mid)).toBe(11);
    expect(need(lib.startOfMonth)(mid)).toEqual(new Date(2025, 1, 19));
    expect(need(lib.endOfMonth)(mid)).toEqual(new Date(2025, 2, 20, 23, 59, 59, 999));
    expect(need(lib.addMonths)(mid, 1)).toEqual(new Date(2025, 2, 31)); // 1404-01-11
    expect(need(lib.newDate)(1404, 0, 1)).toEqual(new Date(2025, 2, 21));
    expect(need(lib.differenceInCalendarMonths)(new Date(2025, 2, 21), mid)).toBe(1);
    expect(need(lib.isSameMonth)(new Date(2025, 1, 19), new Date(2025, 2, 20))).toBe(true);
    expect(need(lib.format)(mid, "yyyy-MM-dd")).toBe("2025-03-01");
    expect(need(lib.format)(mid, "LLLL y")).toMatch(/اسفند/);
  });
});
