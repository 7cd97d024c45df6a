import type { HolidayKey } from "./automation/holidays";
import type { heCalendars, Locale } from "./constants";
import type { PhoneCountry } from "./phone/phone-number";

/** What the owner sets on the organization page. */
export interface OrganizationSettings {
  name: string;
  timeZone: string;
  currency: string;
  country: PhoneCountry;
  defaultLocale: Locale;
  heCalendar: (typeof heCalendars)[number];
  /** The holidays the organization's holiday playbooks keep; left out, they stay as they are. */
  holidays?: HolidayKey[];
}
