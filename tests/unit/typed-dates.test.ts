import { describe, expect, it } from "vitest";
import { formatTypedDate, formatTypedTime, parseTypedDate, parseTypedTime, submittedDate, typedInstant } from "@/core/i18n/typed-dates";

describe("the date field's text in each locale's calendar and digits", () => {
  it("shows Jalali dates with Persian digits in fa, day first in he and en", () => {
    // 3 August 1991 is 12 Mordad 1370; 20 March 2024 is 1 Farvardin 1403 (Nowruz).
    expect(formatTypedDate("1991-08-03", "fa")).toBe("۱۳۷۰/۰۵/۱۲");
    expect(formatTypedDate("2024-03-20", "fa")).toBe("۱۴۰۳/۰۱/۰۱");
    expect(formatTypedDate("2024-03-19", "fa")).toBe("۱۴۰۲/۱۲/۲۹");
    expect(formatTypedDate("1991-08-03", "he")).toBe("03/08/1991");
    expect(formatTypedDate("1991-08-03", "en")).toBe("03/08/1991");
  });

  it("reads a Jalali date typed in Persian, Arabic-Indic or ASCII digits in fa", () => {
    expect(parseTypedDate("۱۳۷۰/۰۵/۱۲", "fa")).toBe("1991-08-03");
    expect(parseTypedDate("١٣٧٠/٥/١٢", "fa")).toBe("1991-08-03");
    expect(parseTypedDate(" 1370-5-12 ", "fa")).toBe("1991-08-03");
    expect(parseTypedDate("۱۴۰۳/۱۲/۳۰", "fa")).toBe("2025-03-20"); // 1403 is a leap year: Esfand 30 exists
    expect(parseTypedDate("۱۴۰۲/۱۲/۳۰", "fa")).toBeNull(); // 1402 is not
    expect(parseTypedDate("۱۴۰۳/۰۷/۳۱", "fa")).toBeNull(); // Mehr has 30 days
    // A Gregorian year is read as one in fa too.
    expect(parseTypedDate("۱۹۹۱-۰۸-۰۳", "fa")).toBe("1991-08-03");
  });

  it("reads day-first and ISO dates in he and en, and refuses what names no date", () => {
    expect(parseTypedDate("03/08/1991", "he")).toBe("1991-08-03");
    expect(parseTypedDate("3.8.1991", "he")).toBe("1991-08-03");
    expect(parseTypedDate("1991-08-03", "en")).toBe("1991-08-03");
    expect(parseTypedDate("29/02/2024", "en")).toBe("2024-02-29");
    expect(parseTypedDate("29/02/2023", "en")).toBeNull();
    expect(parseTypedDate("1370/05/12", "en")).toBeNull(); // no Jalali outside fa
    expect(parseTypedDate("2024-03-20T10:00", "en")).toBeNull(); // a date field takes no time
    expect(parseTypedDate("tomorrow", "en")).toBeNull();
    expect(parseTypedDate("", "fa")).toBeNull();
  });

  it("round-trips every day of a Jalali year through the field's text", () => {
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2024, 2, 20 + day)).toISOString().slice(0, 10);
      expect(parseTypedDate(formatTypedDate(iso, "fa"), "fa")).toBe(iso);
      expect(parseTypedDate(formatTypedDate(iso, "he"), "he")).toBe(iso);
    }
  });

  it("reads a time typed in any digits and shows it in the locale's", () => {
    expect(parseTypedTime("۱۴:۳۰")).toBe("14:30");
    expect(parseTypedTime("9.05")).toBe("09:05");
    expect(parseTypedTime("24:00")).toBeNull();
    expect(parseTypedTime("12:60")).toBeNull();
    expect(formatTypedTime("09:05", "fa")).toBe("۰۹:۰۵");
    expect(formatTypedTime("09:05", "he")).toBe("09:05");
  });

  it("submits a date and time as the instant it names in the organization's time zone", () => {
    // Tehran is UTC+3:30 all year since 2022; Jerusalem UTC+2 in winter, UTC+3 in summer.
    expect(typedInstant("2024-12-01", "14:30", "Asia/Tehran")).toBe("2024-12-01T11:00:00.000Z");
    expect(typedInstant("2024-12-01", "14:30", "Asia/Jerusalem")).toBe("2024-12-01T12:30:00.000Z");
    expect(typedInstant("2024-07-01", "00:15", "Asia/Jerusalem")).toBe("2024-06-30T21:15:00.000Z");
  });

  it("submits ISO for a date, the instant for a date and time, and unreadable text as typed", () => {
    const fa = { locale: "fa" as const, timeZone: "Asia/Tehran" };
    expect(submittedDate("۱۳۷۰/۰۵/۱۲", fa)).toBe("1991-08-03");
    expect(submittedDate("", fa)).toBe("");
    expect(submittedDate("۱۴۰۲/۱۲/۳۰", fa)).toBe("۱۴۰۲/۱۲/۳۰");
    expect(submittedDate("۱۴۰۳/۰۹/۱۱", { ...fa, time: "۱۴:۳۰" })).toBe("2024-12-01T11:00:00.000Z");
    expect(submittedDate("۱۴۰۳/۰۹/۱۱", { ...fa, time: "" })).toBe("2024-11-30T20:30:00.000Z");
    expect(submittedDate("۱۴۰۳/۰۹/۱۱", { ...fa, time: "25:00" })).toBe("25:00");
  });
});
