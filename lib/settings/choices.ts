import { phoneCountries } from "@/core/phone/phone-number";

/** The currencies an organization may keep its money in (ISO 4217; Iran's toman is not an ISO code, so rials). */
export const currencies = ["ILS", "IRR", "USD", "EUR"] as const;

/** IANA time zones the runtime knows, plus UTC (which Intl lists only under its aliases). */
export function timeZones(): [string, ...string[]] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}

/** The countries an organization may be in, named in `locale` and sorted by that name. */
export function countryChoices(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const collator = new Intl.Collator(locale);
  return phoneCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
