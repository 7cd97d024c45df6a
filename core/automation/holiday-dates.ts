import { flags, HebrewCalendar, type Event } from "@hebcal/core";
import { fromJalali } from "@/core/i18n/jalali";
import { holidayKeysByCalendar, type HolidayCalendar, type HolidayKey } from "./holidays";

/**
 * The first day of each holiday in a Gregorian year, as YYYY-MM-DD. Jewish and Israeli holidays come
 * from @hebcal/core's Israeli schedule (Yom HaAtzma'ut moved off Friday and Shabbat as the law moves
 * it); the Iranian ones are fixed days of the Jalali calendar. Yalda is dated 30 Azar, the day whose
 * evening is the longest night (the night before 1 Dey), so a greeting lands before the party.
 */

const hebcalNames: Record<(typeof holidayKeysByCalendar.il)[number], string> = {
  rosh_hashanah: "Rosh Hashana",
  yom_kippur: "Yom Kippur",
  sukkot: "Sukkot",
  hanukkah: "Chanukah",
  tu_bishvat: "Tu BiShvat",
  purim: "Purim",
  pesach: "Pesach",
  yom_haatzmaut: "Yom HaAtzma'ut",
  shavuot: "Shavuot",
};

const jalaliDays: Record<(typeof holidayKeysByCalendar.ir)[number], { month: number; day: number }> = {
  nowruz: { month: 1, day: 1 },
  sizdah_bedar: { month: 1, day: 13 },
  tirgan: { month: 4, day: 13 },
  mehregan: { month: 7, day: 10 },
  yalda: { month: 9, day: 30 },
  sepandarmazgan: { month: 11, day: 29 },
};

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** hebcal gives a Gregorian day as a local midnight. */
const eventDay = (event: Event) => {
  const date = event.getDate().greg();
  return iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
};

function israeliHolidays(year: number): Map<HolidayKey, string> {
  // From the December before, so a holiday running over New Year (Hanukkah) is known by its first day, not its last.
  const events = HebrewCalendar.calendar({ start: new Date(year - 1, 11, 1), end: new Date(year, 11, 31), il: true, noRoshChodesh: true, noSpecialShabbat: true, noMinorFast: true });
  const days = events.filter((e) => !(e.getFlags() & flags.EREV)).map((e) => ({ name: e.basename(), day: eventDay(e) }));
  const firstDays = new Map<HolidayKey, string>();
  for (const key of holidayKeysByCalendar.il) {
    const ofHoliday = days.filter((d) => d.name === hebcalNames[key]).map((d) => d.day);
    const first = ofHoliday.find((day, i) => (i === 0 || !isNextDay(ofHoliday[i - 1]!, day)) && day.startsWith(`${year}-`));
    if (first) firstDays.set(key, first);
  }
  return firstDays;
}

function isNextDay(before: string, day: string) {
  return Date.parse(`${day}T00:00:00Z`) - Date.parse(`${before}T00:00:00Z`) === 86_400_000;
}

function iranianHolidays(year: number): Map<HolidayKey, string> {
  const firstDays = new Map<HolidayKey, string>();
  for (const key of holidayKeysByCalendar.ir) {
    // A Gregorian year holds the end of one Jalali year and the start of the next.
    for (const jalaliYear of [year - 622, year - 621]) {
      const g = fromJalali({ year: jalaliYear, ...jalaliDays[key] });
      if (g.year === year) firstDays.set(key, iso(g.year, g.month, g.day));
    }
  }
  return firstDays;
}

export interface HolidayDate {
  key: HolidayKey;
  date: string;
}

/** Every holiday of the calendar in the Gregorian year, in date order. */
export function holidaysOf(calendar: HolidayCalendar, year: number): HolidayDate[] {
  const days = calendar === "il" ? israeliHolidays(year) : iranianHolidays(year);
  return [...days].map(([key, date]) => ({ key, date })).sort((a, b) => a.date.localeCompare(b.date));
}

export const calendarOf = (key: HolidayKey): HolidayCalendar => ((holidayKeysByCalendar.il as readonly string[]).includes(key) ? "il" : "ir");

/** The first days of one holiday in the years around `year` (what a schedule looking ahead up to 60 days may need). */
export function holidayDatesAround(key: HolidayKey, year: number): string[] {
  return [year - 1, year, year + 1].flatMap((y) => holidaysOf(calendarOf(key), y).filter((h) => h.key === key).map((h) => h.date));
}
