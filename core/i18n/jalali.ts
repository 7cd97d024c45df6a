/**
 * Solar Hijri (Jalali) ⇄ Gregorian dates through the platform's own calendar data
 * (`Intl` with `ca-persian`), the same data next-intl uses to print Jalali dates in `fa`.
 */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

const DAY = 86_400_000;
const persian = new Intl.DateTimeFormat("en-US-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });

/** The Jalali date of a Gregorian calendar date. */
export function toJalali({ year, month, day }: YMD): YMD {
  const parts = Object.fromEntries(persian.formatToParts(Date.UTC(year, month - 1, day)).map((p) => [p.type, p.value]));
  return { year: Number.parseInt(parts.year ?? "", 10), month: Number(parts.month), day: Number(parts.day) };
}

const dayOfYear = (month: number, day: number) => (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day;

/** The Gregorian date of a (valid) Jalali calendar date. */
export function fromJalali({ year, month, day }: YMD): YMD {
  // Farvardin 1 falls on March 20 or 21: start there, then correct by the difference in Jalali days
  // (a year counted as 365 days, so a leap year may leave a last one-day step).
  let ms = Date.UTC(year + 621, 2, 20) + (dayOfYear(month, day) - 1) * DAY;
  for (let i = 0; i < 8; i++) {
    const d = new Date(ms);
    const j = toJalali({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    const order = year - j.year || month - j.month || day - j.day;
    if (order === 0) break;
    const diff = (year - j.year) * 365 + dayOfYear(month, day) - dayOfYear(j.month, j.day);
    ms += (diff === 0 ? Math.sign(order) : diff) * DAY;
  }
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 31 days in the first six months, 30 in the next five, 29 or 30 in Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  const esfand = fromJalali({ year, month: 12, day: 1 });
  const next = fromJalali({ year: year + 1, month: 1, day: 1 });
  return Math.round((Date.UTC(next.year, next.month - 1, next.day) - Date.UTC(esfand.year, esfand.month - 1, esfand.day)) / DAY);
}

export function isValidJalali({ year, month, day }: YMD): boolean {
  return Number.isInteger(year) && year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= jalaliMonthLength(year, month);
}
