import { describe, expect, it } from "vitest";
import { parseImportDate, zonedInstant } from "@/core/import/dates";

const jerusalem = { locale: "he" as const, timeZone: "Asia/Jerusalem" };
const tehran = { locale: "fa" as const, timeZone: "Asia/Tehran" };
const parse = (text: string, options: { locale: "he" | "fa" | "en"; timeZone: string } = jerusalem) => parseImportDate(text, options)?.toISOString() ?? null;

describe("import dates", () => {
  it("reads ISO instants with Z or an offset exactly", () => {
    expect(parse("2024-03-20T10:15:00Z")).toBe("2024-03-20T10:15:00.000Z");
    expect(parse("2024-03-20T10:15:30.250+03:30")).toBe("2024-03-20T06:45:30.250Z");
    expect(parse("2024-03-20 10:15-0500")).toBe("2024-03-20T15:15:00.000Z");
  });

  it("reads a bare date as midnight in the organization's time zone (DST included)", () => {
    // Israel: UTC+2 in winter, UTC+3 in summer.
    expect(parse("2024-01-15")).toBe("2024-01-14T22:00:00.000Z");
    expect(parse("2024-07-15")).toBe("2024-07-14T21:00:00.000Z");
    expect(parse("2024-07-15", { locale: "en", timeZone: "UTC" })).toBe("2024-07-15T00:00:00.000Z");
  });

  it("reads the local day-first formats with / . and -, with an optional time", () => {
    expect(parse("15/07/2024")).toBe("2024-07-14T21:00:00.000Z");
    expect(parse("15.07.2024")).toBe("2024-07-14T21:00:00.000Z");
    expect(parse("5-7-2024")).toBe("2024-07-04T21:00:00.000Z");
    expect(parse("15/07/2024 14:30")).toBe("2024-07-15T11:30:00.000Z");
    expect(parse("2024/07/15")).toBe("2024-07-14T21:00:00.000Z");
  });

  it("reads Jalali dates in fa, in Persian or ASCII digits, and Gregorian years there too", () => {
    // Tehran is UTC+3:30 (no DST since 2022).
    expect(parse("1403/01/01", tehran)).toBe("2024-03-19T20:30:00.000Z");
    expect(parse("۱۴۰۳/۰۵/۱۲", tehran)).toBe("2024-08-01T20:30:00.000Z");
    expect(parse("1399-12-30", tehran)).toBe("2021-03-19T20:30:00.000Z");
    expect(parse("12/05/1403 ۰۹:۰۰", tehran)).toBe("2024-08-02T05:30:00.000Z");
    expect(parse("2024-08-02", tehran)).toBe("2024-08-01T20:30:00.000Z");
  });

  it("refuses Jalali years outside fa, impossible dates and garbage", () => {
    expect(parse("1403/01/01")).toBeNull();
    expect(parse("1400/12/30", tehran)).toBeNull();
    expect(parse("31/02/2024")).toBeNull();
    expect(parse("29/02/2023")).toBeNull();
    expect(parse("2024-13-01")).toBeNull();
    expect(parse("2024-01-01T25:00")).toBeNull();
    expect(parse("yesterday")).toBeNull();
    expect(parse("03/20/2024")).toBeNull();
  });

  it("reads a wall-clock time skipped by a clock change with the offset in force before it", () => {
    // Israel moved to summer time on 2024-03-29 at 02:00 (to 03:00).
    expect(zonedInstant({ year: 2024, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, "Asia/Jerusalem").toISOString()).toBe("2024-03-29T00:30:00.000Z");
    expect(zonedInstant({ year: 2024, month: 3, day: 29, hour: 3, minute: 30, second: 0 }, "Asia/Jerusalem").toISOString()).toBe("2024-03-29T00:30:00.000Z");
  });
});
