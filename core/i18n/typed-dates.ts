import type { Locale } from "@/core/constants";
import { parseImportDate, zonedInstant } from "@/core/import/dates";
import { normalizeDigits } from "./digits";
import { toJalali } from "./jalali";

/*
 * What the app's date and date-time fields show and accept. A date is typed in the page's calendar
 * and digits: year first in `fa` (Solar Hijri, Persian digits: ۱۳۷۰/۰۵/۱۲), day first in `he` and
 * `en` (12/05/1990); ISO (1990-05-12) and the Gregorian date in `fa` are read as well, in any
 * digits. The form submits ISO: `YYYY-MM-DD` for a date, an instant with its offset for a time.
 */

const PERSIAN_ZERO = 0x06f0;
const pad = (n: number) => String(n).padStart(2, "0");
const localDigits = (text: string, locale: Locale) =>
  locale === "fa" ? text.replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_ZERO + Number(d))) : text;

/** An ISO date (`YYYY-MM-DD`) as the field shows it. */
export function formatTypedDate(iso: string, locale: Locale): string {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  if (locale === "fa") {
    const j = toJalali({ year, month, day });
    return localDigits(`${j.year}/${pad(j.month)}/${pad(j.day)}`, locale);
  }
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** A typed date as ISO `YYYY-MM-DD`, or null when it names no date. */
export function parseTypedDate(text: string, locale: Locale): string | null {
  const typed = normalizeDigits(text).trim();
  if (!typed || /[:T]/i.test(typed)) return null;
  const date = parseImportDate(typed, { locale, timeZone: "UTC" });
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A typed time of day (`14:30`, `۱۴:۳۰`, `9.05`) as `HH:mm`, or null. */
export function parseTypedTime(text: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(normalizeDigits(text).trim());
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}

/** `HH:mm` as the field shows it. */
export const formatTypedTime = (time: string, locale: Locale) => localDigits(time, locale);

/** The instant a date and a wall-clock time name in the organization's time zone, as ISO 8601 (UTC). */
export function typedInstant(date: string, time: string, timeZone: string): string {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return zonedInstant({ year, month, day, hour, minute, second: 0 }, timeZone).toISOString();
}

/**
 * What a date field submits: nothing when empty; ISO `YYYY-MM-DD`, or with `time` (the typed time,
 * blank for midnight) the instant in `timeZone`; or the text as typed when it names no date or
 * time, so the server's validation refuses it with the form's usual error.
 */
export function submittedDate(text: string, options: { locale: Locale; timeZone: string; time?: string }): string {
  if (!text.trim()) return "";
  const date = parseTypedDate(text, options.locale);
  if (!date) return text;
  if (options.time === undefined) return date;
  const time = options.time.trim() ? parseTypedTime(options.time) : "00:00";
  return time ? typedInstant(date, time, options.timeZone) : options.time;
}
