import type { Locale } from "@/core/constants";
import { normalizeDigits } from "@/core/i18n/digits";
import { fromJalali, isValidJalali } from "@/core/i18n/jalali";

/**
 * Dates an import accepts (after Persian/Arabic digits are made ASCII):
 * - ISO 8601: `2024-03-20`, `2024-03-20T14:30`, `2024-03-20T14:30:00Z`, with an offset;
 * - year first with `/` or `.`: `2024/03/20`;
 * - day first, as written in Israel and Iran: `20/03/2024`, `20.03.2024`, `20-03-2024`;
 * each optionally followed by a time `HH:mm[:ss]`. In `fa`, a year before 1700 is a Solar Hijri
 * (Jalali) year: `1403/05/12` is 2 August 2024. Without an offset, dates and times are wall-clock
 * time in the organization's time zone (a bare date is its midnight).
 */
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const JALALI_BEFORE = 1700;
const MIN_GREGORIAN_YEAR = 1900;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function parseImportDate(raw: string, options: { locale: Locale; timeZone: string }): Date | null {
  const text = normalizeDigits(raw).trim();
  const offset = WITH_OFFSET.exec(text);
  if (offset) return fromOffset(offset);
  const yearFirst = YEAR_FIRST.exec(text);
  const dayFirst = yearFirst ? null : DAY_FIRST.exec(text);
  const parts = yearFirst
    ? { y: yearFirst[1], m: yearFirst[2], d: yearFirst[3], time: yearFirst.slice(4, 7) }
    : dayFirst
      ? { y: dayFirst[3], m: dayFirst[2], d: dayFirst[1], time: dayFirst.slice(4, 7) }
      : null;
  if (!parts) return null;
  const wall = toGregorianWall(Number(parts.y), Number(parts.m), Number(parts.d), parts.time, options.locale);
  return wall ? zonedInstant(wall, options.timeZone) : null;
}

function fromOffset(match: RegExpExecArray): Date | null {
  const [, y, m, d, h, mi, s, fraction, zone] = match;
  const wall = { year: Number(y), month: Number(m), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s ?? 0) };
  if (!validGregorian(wall) || !validTime(wall)) return null;
  const millis = Math.floor(Number(`0.${fraction ?? 0}`) * 1000);
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millis) - offsetMinutes * 60_000);
}

function toGregorianWall(year: number, month: number, day: number, time: (string | undefined)[], locale: Locale): Wall | null {
  const [h, mi, s] = time;
  const clock = { hour: Number(h ?? 0), minute: Number(mi ?? 0), second: Number(s ?? 0) };
  if (!validTime(clock)) return null;
  if (locale === "fa" && year < JALALI_BEFORE) {
    if (year < 1279 || !isValidJalali({ year, month, day })) return null;
    return { ...fromJalali({ year, month, day }), ...clock };
  }
  const wall = { year, month, day, ...clock };
  return validGregorian(wall) ? wall : null;
}

function validGregorian({ year, month, day }: Pick<Wall, "year" | "month" | "day">): boolean {
  if (year < MIN_GREGORIAN_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validTime({ hour, minute, second }: Pick<Wall, "hour" | "minute" | "second">): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockOf(ms: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

/** Per time zone and local day, its UTC offset, or null when the clocks change around it. */
const dayOffsets = new Map<string, number | null>();

const offsetAt = (ms: number, timeZone: string) => wallClockOf(ms, timeZone) - Math.floor(ms / 1000) * 1000;

/**
 * The instant a wall-clock time names in a time zone. A time skipped by a clock change is read
 * with the offset in force before it; a repeated one is its first occurrence. Imports read many
 * dates of the same days, so a day without a clock change around it is looked up once.
 */
export function zonedInstant(wall: Wall, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const key = `${timeZone}|${wall.year}-${wall.month}-${wall.day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const midnight = Date.UTC(wall.year, wall.month - 1, wall.day);
    const before = offsetAt(midnight - 86_400_000, timeZone);
    offset = before === offsetAt(midnight + 2 * 86_400_000, timeZone) ? before : null;
    if (dayOffsets.size > 50_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  if (offset !== null) return new Date(naive - offset);
  const candidates = [naive - offsetAt(naive - 86_400_000, timeZone), naive - offsetAt(naive + 86_400_000, timeZone)];
  const exact = candidates.filter((ms) => wallClockOf(ms, timeZone) === naive);
  return new Date(exact.length > 0 ? Math.min(...exact) : (candidates[0] as number));
}
