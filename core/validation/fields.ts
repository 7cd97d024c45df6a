import { z } from "zod";
import { normalizeDigits } from "@/core/i18n/digits";
import { isPhoneText } from "@/core/phone/phone-number";

/** Form values arrive as strings: blank means absent, and Persian/Arabic digits count as digits. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const normalized = (value: unknown) => (typeof value === "string" ? normalizeDigits(value).trim() : value);

/**
 * C0 control characters other than tab, line feed and carriage return (a textarea sends CR LF), and
 * UTF-16 halves without their other half. PostgreSQL cannot store NUL at all, a lone surrogate has
 * no UTF-8 form (the driver would silently store U+FFFD), and nobody types the rest: text holding
 * any of them is refused, never cleaned, so what is saved is what was sent.
 */
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isSafeText = (text: string) => !UNSAFE_TEXT.test(text);

/** Any string the database can store and a person could have typed (see UNSAFE_TEXT). */
export const safeString = () => z.string().refine(isSafeText, { message: "invalid_characters", params: { code: "invalid_characters" } });

export const optionalText = (max: number) => z.preprocess(blankToUndefined, safeString().trim().max(max).optional());

export const requiredText = (max: number) => safeString().trim().min(1).max(max);

export const localizedInt = (min: number, max: number) =>
  z.preprocess((v) => {
    const value = normalized(blankToUndefined(v));
    return typeof value === "string" ? Number(value) : value;
  }, z.number().int().min(min).max(max));

/** A money amount typed in major units ("120.50", "۱۲۰٫۵") as integer minor units. */
function toMinorUnits(v: unknown) {
  const value = normalized(blankToUndefined(v));
  if (typeof value !== "string") return value;
  return /^\d+(\.\d{1,2})?$/.test(value) ? Math.round(Number(value) * 100) : Number.NaN;
}
const minorUnits = z.number().int().positive().max(1_000_000_000_00);
export const amountMinor = z.preprocess(toMinorUnits, minorUnits);
export const optionalAmountMinor = z.preprocess(toMinorUnits, minorUnits.optional());

/** A choice from a form select, where the empty option means "none". */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values).optional());

export const optionalEmail = z.preprocess(blankToUndefined, z.string().trim().toLowerCase().email().max(320).optional());

/** A phone in any country's format, kept as written (see isPhoneText); its E.164 form is derived on write. */
export const optionalPhone = z.preprocess(
  (v) => normalized(blankToUndefined(v)),
  safeString().max(40).refine(isPhoneText, { message: "invalid" }).optional(),
);

/** A calendar date; year 0 (which PostgreSQL has no such thing as) is refused with the rest. */
const calendarDate = z.iso.date().refine((date) => !date.startsWith("0000"));
export const isoDate = z.preprocess((v) => normalized(blankToUndefined(v)), calendarDate);
export const optionalIsoDate = z.preprocess((v) => normalized(blankToUndefined(v)), calendarDate.optional());

/** ISO 8601 as clients write it: a date from year 1, optionally a time and an offset (a datetime-local value has none). */
const ISO_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An instant: ISO 8601 with offset, or a datetime-local value from a form. The format is checked
 * before `Date` reads it: its fallback parser accepts nearly anything ("2\u0000026-01-01T10:00Z"
 * is 1 February 2001), and a misread date is worse than a refusal.
 */
export const optionalInstant = z.preprocess((v) => {
  const value = normalized(blankToUndefined(v));
  if (typeof value !== "string" || !ISO_INSTANT.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}, z.date().optional());

export const uuid = z.string().uuid();
export const optionalUuid = z.preprocess(blankToUndefined, z.string().uuid().optional());

/** Zod issues as stable codes per field; the UI translates the codes, the API returns them. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_";
    (errors[field] ??= []).push(issueCode(issue));
  }
  return errors;
}

function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? "required" : "too_small";
    case "too_big":
      return "too_big";
    case "invalid_type":
      // Zod reports a missing value as a type error; its message is the only place that says so.
      return /received undefined/.test(issue.message) ? "required" : "invalid";
    case "invalid_format":
      return issue.format === "email" ? "invalid_email" : "invalid";
    case "invalid_value":
      return "invalid_choice";
    case "unrecognized_keys":
      return "unknown_field";
    case "custom":
      return typeof issue.params?.code === "string" ? issue.params.code : "invalid";
    default:
      return "invalid";
  }
}
