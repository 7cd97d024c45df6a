import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { range, signed, isolatedNumber } from "@/core/i18n/numbers";
import { relativeTime } from "@/core/i18n/relative-time";

const FSI = "\u2068";
const PDI = "\u2069";
const LRM = "\u200e";
const formatter = (locale: "he" | "fa" | "en") => createFormatter({ locale, timeZone: "UTC" });
const he = formatter("he");
const fa = formatter("fa");
const percent = { style: "percent", maximumFractionDigits: 0 } as const;

describe("signed numbers keep their sign beside the digits in right-to-left text", () => {
  it("Hebrew: the locale's hyphen-minus and plus after a left-to-right mark, inside an isolate", () => {
    expect(signed(he, -12)).toBe(`${FSI}${LRM}-12${PDI}`);
    expect(signed(he, 12)).toBe(`${FSI}${LRM}+12${PDI}`);
    expect(signed(he, 0)).toBe(`${FSI}0${PDI}`);
    expect(signed(he, -0.5, percent)).toBe(`${FSI}${LRM}-50%${PDI}`);
    expect(signed(he, 0.25, percent)).toBe(`${FSI}${LRM}+25%${PDI}`);
    expect(signed(he, -1234.5)).toBe(`${FSI}${LRM}-1,234.5${PDI}`);
  });

  it("Persian: the minus sign U+2212, Persian digits, ٪ and the ٬ separator", () => {
    expect(signed(fa, -12)).toBe(`${FSI}${LRM}\u2212۱۲${PDI}`);
    expect(signed(fa, 12)).toBe(`${FSI}${LRM}+۱۲${PDI}`);
    expect(signed(fa, 0)).toBe(`${FSI}۰${PDI}`);
    expect(signed(fa, -0.5, percent)).toBe(`${FSI}${LRM}\u2212۵۰٪${PDI}`);
    expect(signed(fa, 0.25, percent)).toBe(`${FSI}${LRM}+۲۵٪${PDI}`);
    expect(signed(fa, -1234567)).toBe(`${FSI}${LRM}\u2212۱٬۲۳۴٬۵۶۷${PDI}`);
    expect(isolatedNumber(fa, 1234567)).toBe(`${FSI}۱٬۲۳۴٬۵۶۷${PDI}`);
  });

  it("isolates each end of a range, so 'from −100 to 100' does not read '100- to 100'", () => {
    expect(range(he, -100, 100)).toEqual({ from: `${FSI}${LRM}-100${PDI}`, to: `${FSI}100${PDI}` });
    expect(range(fa, -100, 100)).toEqual({ from: `${FSI}${LRM}\u2212۱۰۰${PDI}`, to: `${FSI}۱۰۰${PDI}` });
    expect(range(fa, -0.1, 0.2, percent)).toEqual({ from: `${FSI}${LRM}\u2212۱۰٪${PDI}`, to: `${FSI}۲۰٪${PDI}` });
  });
});

describe("relative times", () => {
  const now = new Date("2026-12-06T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const hour = 3_600_000;
  const day = 24 * hour;

  it("Hebrew reads 'a day ago' and 'two days ago' without the bracketed number", () => {
    expect(relativeTime(he, ago(day), now)).toBe("לפני יום אחד");
    expect(relativeTime(he, ago(2 * day), now)).toBe("לפני יומיים");
    expect(relativeTime(he, ago(2 * hour), now)).toBe("לפני שעתיים");
    expect(relativeTime(he, ago(3 * day), now)).toBe("לפני 3 ימים");
    expect(relativeTime(he, new Date(now.getTime() + day), now)).toBe("בעוד יום");
  });

  it("leaves Persian and English as the locale writes them", () => {
    expect(relativeTime(fa, ago(day), now)).toBe("۱ روز پیش");
    expect(relativeTime(fa, ago(12 * day), now)).toBe("۲ هفته پیش");
    expect(relativeTime(formatter("en"), ago(2 * day), now)).toBe("2 days ago");
  });
});
