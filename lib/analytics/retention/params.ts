import { z } from "zod";
import { normalizeDigits } from "@/core/i18n/digits";
import { analyticsRangeIssue, inAnalyticsRange } from "@/core/analytics/dates";
import { addMonths, defaultRange, monthIndex, monthsOfRange, type Month, type MonthRange } from "./months";

export const retentionModes = ["on", "onOrAfter"] as const;
export type RetentionMode = (typeof retentionModes)[number];

/** Longest range the retention and loyalty analytics answer, in months. */
export const MAX_RANGE_MONTHS = 36;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const isCalendarDate = (value: string) => {
  const date = value.length === 7 ? `${value}-01` : value;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/** `YYYY-MM` or `YYYY-MM-DD`, Persian or Arabic digits accepted. */
const monthOrDate = z.preprocess(
  (v) => {
    const value = blankToUndefined(v);
    return typeof value === "string" ? normalizeDigits(value).trim() : value;
  },
  z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .refine(isCalendarDate)
    .refine(inAnalyticsRange, analyticsRangeIssue)
    .optional(),
);

const rangeShape = { from: monthOrDate, to: monthOrDate };

function checkRange(value: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (!value.from || !value.to) return;
  const { first, last } = monthsOfRange(value.from, value.to);
  const span = monthIndex(last) - monthIndex(first) + 1;
  if (span < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
  else if (span > MAX_RANGE_MONTHS) {
    ctx.addIssue({ code: "too_big", origin: "number", maximum: MAX_RANGE_MONTHS, path: ["to"], input: value.to, message: "range too long" });
  }
}

/** `GET /api/v1/analytics/loyalty` and the loyalty page: `from`, `to` (exclusive), both optional. */
export const loyaltyQuerySchema = z.object(rangeShape).superRefine(checkRange);

/** `GET /api/v1/analytics/retention` and the retention page: the range selects cohorts by their month. */
export const retentionQuerySchema = z
  .object({ ...rangeShape, mode: z.preprocess(blankToUndefined, z.enum(retentionModes).default("on")) })
  .superRefine(checkRange);

export type LoyaltyQuery = z.infer<typeof loyaltyQuerySchema>;
export type RetentionQuery = z.infer<typeof retentionQuerySchema>;

/**
 * The months of a validated range. Missing ends default to twelve months: the last twelve up to
 * the current month, twelve from `from`, or twelve before `to`.
 */
export function resolveRange({ from, to }: { from?: string; to?: string }, current: Month): MonthRange {
  if (from && to) return monthsOfRange(from, to);
  if (from) {
    const first = from.slice(0, 7);
    return { first, last: addMonths(first, 11) };
  }
  if (to) {
    const { last } = monthsOfRange(to, to);
    return { first: addMonths(last, -11), last };
  }
  return defaultRange(current);
}
