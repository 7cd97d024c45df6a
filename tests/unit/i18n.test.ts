import { describe, expect, it } from "vitest";
import { normalizeDigits } from "@/core/i18n/digits";
import { createFormatter } from "use-intl/core";
import { dateFormats, type HeCalendar } from "@/lib/i18n/formats";
import { direction, isLocale, weekStart } from "@/lib/i18n/locale";
import type { Locale } from "@/core/constants";

const formatter = (locale: Locale, heCalendar?: HeCalendar) =>
  createFormatter({ locale, timeZone: "Asia/Jerusalem", formats: dateFormats(locale, heCalendar) });

describe("digits", () => {
  it("turns Persian and Arabic-Indic digits into ASCII", () => {
    expect(normalizeDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeDigits("۱۲٫۵")).toBe("12.5");
    expect(normalizeDigits("ab 12")).toBe("ab 12");
  });
});

describe("locales", () => {
  it("knows direction and week start per locale", () => {
    expect(direction("he")).toBe("rtl");
    expect(direction("fa")).toBe("rtl");
    expect(direction("en")).toBe("ltr");
    expect([weekStart("fa"), weekStart("he"), weekStart("en")]).toEqual([6, 0, 1]);
  });

  it("rejects unknown locales", () => {
    expect(isLocale("de")).toBe(false);
    expect(isLocale("fa")).toBe(true);
  });

  it("formats fa dates in the Solar Hijri calendar with Persian digits", () => {
    const format = formatter("fa");
    expect(format.dateTime(new Date(Date.UTC(2025, 2, 21, 12)), "date")).toBe("۱ فروردین ۱۴۰۴");
  });

  it("formats he dates in the Hebrew calendar only when the organization asks", () => {
    const date = new Date(Date.UTC(2025, 8, 23, 12));
    expect(formatter("he", "hebrew").dateTime(date, "calendar", { year: "numeric", month: "long" })).toBe("תשרי 5786");
    expect(formatter("he").dateTime(date, "calendar", { year: "numeric" })).toBe("2025");
    expect(formatter("en", "hebrew").dateTime(date, "date")).toBe("Sep 23, 2025");
  });
});
