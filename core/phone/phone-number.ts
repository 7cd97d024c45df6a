import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import examples from "libphonenumber-js/mobile/examples";
import { normalizeDigits } from "@/core/i18n/digits";

export type PhoneCountry = CountryCode;

/** Every country whose phone numbering the parser knows (ISO 3166-1 alpha-2). */
export const phoneCountries = () => getCountries() as [PhoneCountry, ...PhoneCountry[]];

/**
 * The number in E.164 (`+972501234567`), however it was written: spaces, dashes, brackets, a trunk
 * `0`, Persian or Arabic-Indic digits. A number without a country code is read as one of `country`
 * (the organization's). Null when it cannot be a phone number of that length.
 */
export function toE164(raw: string, country: PhoneCountry): string | null {
  const parsed = parsePhoneNumberFromString(normalizeDigits(raw), country);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * The national significant number (`538746826` for 053-874-6826 or +972 53-874-6826): the digits
 * every way of writing the number contains. Only for a valid number (a known prefix and length), so
 * the beginning of one (`0912`, which could be a short number) is not taken for a whole one.
 */
export function nationalSignificantNumber(raw: string, country: PhoneCountry): string | null {
  const parsed = parsePhoneNumberFromString(normalizeDigits(raw), country);
  return parsed?.isValid() ? parsed.nationalNumber : null;
}

/** The digits a `https://wa.me/<digits>` link takes: the E.164 number without its plus. */
export function whatsappDigits(raw: string, country: PhoneCountry): string | null {
  return toE164(raw, country)?.slice(1) ?? null;
}

/**
 * How the country's numbers are dialled: its calling code and the trunk prefix written before a
 * national number (IL: `972` and `0`; US: `1` and none), read off its example mobile number.
 */
export function numberingOf(country: PhoneCountry): { callingCode: string; trunkPrefix: string } {
  const example = getExampleNumber(country, examples);
  const national = example?.formatNational().replace(/\D/g, "") ?? "";
  const trunkPrefix = example && national.endsWith(example.nationalNumber) ? national.slice(0, -example.nationalNumber.length) : "";
  return { callingCode: getCountryCallingCode(country), trunkPrefix };
}

const PHONE_TEXT = /^\+?[\d\s().\/-]+$/;
const EXTENSION = /\s*(?:ext\.?|x|#)\s*\d{1,6}$/i;

/**
 * Whether text is a phone number as people write it in any country (after Persian and Arabic-Indic
 * digits are made ASCII): digits with spaces, dashes, dots, slashes or brackets, a `+` only first,
 * 5 to 17 digits, and an optional extension (`ext. 12`, `x12`, `#12`). `(03) 9509 3311` and
 * `+1 (617) 555-0142 ext. 7` pass; letters, a stray `+` or too few digits do not.
 */
export function isPhoneText(text: string): boolean {
  const number = text.replace(EXTENSION, "").trim();
  if (!PHONE_TEXT.test(number)) return false;
  const digits = number.replace(/\D/g, "").length;
  return digits >= 5 && digits <= 17;
}
