import { z } from "zod";
import { channels, journeys } from "@/core/constants";
import { normalizeDigits } from "@/core/i18n/digits";
import { fieldErrors } from "@/core/validation/fields";
import { addDays, analyticsRangeIssue, daysBetween, inAnalyticsRange } from "@/core/analytics/dates";
import { breakdowns, cohortKinds, funnelOrders, type FunnelQuery, type LocalDate } from "@/core/analytics/types";

/** The longest range a funnel may cover, in days. */
export const MAX_RANGE_DAYS = 3 * 366;
export const DEFAULT_RANGE_DAYS = 30;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const date = z.iso.date().refine(inAnalyticsRange, analyticsRangeIssue).optional();
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blank, z.enum(values).optional());

/**
 * The funnel's query parameters, shared by `GET /api/v1/analytics/funnel` and the page's URL:
 * `from`, `to` (`[from, to)`, local dates), `journey`, `cohort`, `order`, `window` (days),
 * `breakdown`, `asOf`, `channel`, `owner`.
 */
export const funnelParamsSchema = z
  .object({
    from: z.preprocess(blank, date),
    to: z.preprocess(blank, date),
    journey: choice(journeys).default("acquisition"),
    cohort: choice(cohortKinds).default("created"),
    order: choice(funnelOrders).default("any"),
    window: z.preprocess((v) => (blank(v) === undefined ? undefined : Number(v)), z.number().int().min(1).max(3650).optional()),
    breakdown: choice(breakdowns),
    asOf: z.preprocess(blank, date),
    channel: choice(channels),
    owner: z.preprocess(blank, z.uuid().optional()),
  })
  .superRefine((p, ctx) => {
    if (p.from && p.to && daysBetween(p.from, p.to) <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
    if (p.from && p.to && daysBetween(p.from, p.to) > MAX_RANGE_DAYS) ctx.addIssue({ code: "too_big", origin: "date", maximum: MAX_RANGE_DAYS, path: ["to"], message: "range too long" });
  });

export type FunnelParams = z.infer<typeof funnelParamsSchema>;

/** Search parameters as plain strings, Persian and Arabic digits made ASCII (the last of repeated keys wins). */
export function normalizedParams(input: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v] as const);
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === "string").map(([k, v]) => [k, normalizeDigits(v).trim()]));
}

export type ParsedParams = { ok: true; params: FunnelParams } | { ok: false; errors: Record<string, string[]> };

export function parseFunnelParams(input: URLSearchParams | Record<string, string | string[] | undefined>): ParsedParams {
  const result = funnelParamsSchema.safeParse(normalizedParams(input));
  return result.success ? { ok: true, params: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** For a page: invalid parameters are dropped (their defaults apply) rather than failing the view. */
export function parseFunnelParamsLenient(input: Record<string, string | string[] | undefined>): { params: FunnelParams; invalid: string[] } {
  const raw = normalizedParams(input);
  const first = parseFunnelParams(raw);
  if (first.ok) return { params: first.params, invalid: [] };
  const invalid = Object.keys(first.errors);
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !invalid.includes(key)));
  const second = parseFunnelParams(kept);
  return { params: second.ok ? second.params : funnelParamsSchema.parse({}), invalid };
}

/** The query the analytics run: defaults to the last 30 days including `today` (a local date). */
export function toFunnelQuery(params: FunnelParams, today: LocalDate): FunnelQuery {
  const to = params.to ?? (params.from ? addDays(params.from, DEFAULT_RANGE_DAYS) : addDays(today, 1));
  const from = params.from ?? addDays(to, -DEFAULT_RANGE_DAYS);
  return {
    from,
    to,
    journey: params.journey,
    cohort: params.cohort,
    order: params.order,
    windowDays: params.window,
    asOf: params.asOf,
    breakdown: params.breakdown,
    channel: params.channel,
    ownerId: params.owner,
  };
}
