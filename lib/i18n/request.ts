import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { dateFormats } from "./formats";
import { orgPreferences } from "./org-preferences";
import { routing } from "./routing";

/** Signed-in pages format dates in the organization's time zone and (in `he`) its calendar. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const org = await orgPreferences();
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: org?.timeZone ?? "Asia/Jerusalem",
    // The request's instant, handed to the browser with the page: relative times ("5 seconds ago")
    // hydrate to the same text. Without it the client's own clock differs, React discards the
    // server HTML of the page, and whatever was typed before hydration is lost with it.
    now: new Date(),
    formats: dateFormats(locale, org?.heCalendar),
  };
});
