/**
 * The holidays a playbook can be timed to, by calendar: `il` the Jewish and Israeli holidays
 * (dates from @hebcal/core), `ir` the Iranian solar holidays (dates from the Jalali calendar).
 */
export const holidayCalendars = ["il", "ir"] as const;
export type HolidayCalendar = (typeof holidayCalendars)[number];

export const holidayKeysByCalendar = {
  il: ["rosh_hashanah", "yom_kippur", "sukkot", "hanukkah", "tu_bishvat", "purim", "pesach", "yom_haatzmaut", "shavuot"],
  ir: ["nowruz", "sizdah_bedar", "tirgan", "mehregan", "yalda", "sepandarmazgan"],
} as const satisfies Record<HolidayCalendar, readonly string[]>;

export const holidayKeys = [...holidayKeysByCalendar.il, ...holidayKeysByCalendar.ir] as const;
export type HolidayKey = (typeof holidayKeys)[number];
