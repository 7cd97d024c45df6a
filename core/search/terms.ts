import { nationalSignificantNumber, numberingOf, type PhoneCountry } from "@/core/phone/phone-number";
import { foldForSearch } from "./fold";

/**
 * A search as the database compares it: every word must appear in the customer's folded text
 * (in any order, so "علی رضا" also finds علیرضا and "Smith Dana" finds Dana Smith), or one of the
 * digit strings in the phone's digits.
 */
export interface SearchTerms {
  words: string[];
  phoneDigits: string[];
}

/** Fewer digits than this say nothing about a phone number (and a trigram index cannot help). */
const MIN_PHONE_DIGITS = 3;
const MAX_WORDS = 8;

/** Digits with the punctuation people write phone numbers with, and nothing else. */
const phoneLike = /^\+?[0-9 ()./-]+$/;

export function searchTerms(query: string, country: PhoneCountry): SearchTerms {
  return { words: searchWords(query), phoneDigits: phoneSearchDigits(query, country) };
}

/** The distinct words of the folded query. */
export function searchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(" ").filter(Boolean))].slice(0, MAX_WORDS);
}

/** Whether the query could be (part of) a phone number: only then does its reading depend on the country. */
export function isPhoneQuery(query: string): boolean {
  return phoneLike.test(foldForSearch(query));
}

/**
 * The digit strings a phone search looks for. The stored digits are the number as it was written
 * (national `0538746826` or international `972538746826`), so:
 * - a whole number is looked for by its national significant number (`538746826`), which every
 *   writing of it contains, whatever the query's own writing;
 * - a partial one by its digits, and also as the other writing in the organization's country:
 *   `0912…` as `98912…` (trunk prefix → calling code), `+97253…` as `053…`.
 */
function phoneSearchDigits(query: string, country: PhoneCountry): string[] {
  const folded = foldForSearch(query);
  if (!phoneLike.test(folded)) return [];
  const digits = folded.replace(/[^0-9]/g, "");
  if (digits.length < MIN_PHONE_DIGITS) return [];
  const whole = nationalSignificantNumber(folded, country);
  if (whole) return [whole];
  const { callingCode, trunkPrefix } = numberingOf(country);
  const international = folded.startsWith("+") ? digits : folded.startsWith("00") ? digits.slice(2) : null;
  const other =
    international === null
      ? trunkPrefix && digits.startsWith(trunkPrefix) ? callingCode + digits.slice(trunkPrefix.length) : null
      : international.startsWith(callingCode) ? trunkPrefix + international.slice(callingCode.length) : null;
  const found = [international ?? digits, other].filter((d): d is string => d !== null && d.length >= MIN_PHONE_DIGITS);
  return [...new Set(found)];
}
