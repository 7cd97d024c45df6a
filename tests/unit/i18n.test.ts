import { describe, expect, it } from "vitest";
import { normalizeDigits } from "@/lib/i18n/digits";
import { direction, intlLocale, isLocale, weekStart } from "@/lib/i18n/locale";

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
    const date = new Date(Date.UTC(2025, 2, 21, 12));
    const text = new Intl.DateTimeFormat(intlLocale("fa"), { dateStyle: "long", timeZone: "Asia/Tehran" }).format(date);
    expect(text).toContain("۱۴۰۴");
    expect(text).toContain("فروردین");
  });

  it("formats he dates in the Hebrew calendar when the organization asks", () => {
    const date = new Date(Date.UTC(2025, 8, 23, 12));
    const text = new Intl.DateTimeFormat(intlLocale("he", "hebrew"), { year: "numeric", timeZone: "Asia/Jerusalem" }).format(date);
    expect(text).toMatch(/תשפ״ו|5786/);
  });
});
