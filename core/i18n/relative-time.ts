type RelativeTimeFormatter = { relativeTime: (date: Date, now: Date) => string };

/**
 * next-intl's relative time without CLDR's Hebrew disambiguator: with `numeric: "always"` (which
 * next-intl uses so a day 23 hours ago is not "yesterday") Hebrew reads "לפני יום אחד (1)" and
 * "לפני יומיים (2)", the dual form followed by its number in brackets.
 */
export function relativeTime(format: RelativeTimeFormatter, date: Date, now: Date): string {
  return format
    .relativeTime(date, now)
    .replace(/\s*\([0-9\u06f0-\u06f9]+\)/u, "")
    .trim();
}
