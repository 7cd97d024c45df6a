import { z } from "zod";
import { journeys, locales, STAGE_NOTE_MAX } from "@/core/constants";
import { addDays, analyticsRangeIssue, daysBetween, inAnalyticsRange } from "@/core/analytics/dates";
import { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, normalizedParams } from "@/lib/analytics/funnel/params";
import type { LocalDate } from "@/core/analytics/types";
import { stageKeyPattern } from "@/lib/settings/stage-key";
import { fieldErrors, safeString } from "@/core/validation/fields";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const date = z.preprocess(blank, z.iso.date().refine(inAnalyticsRange, analyticsRangeIssue).optional());

/**
 * `GET /api/v1/analytics/journey-map` and the page's URL: `journey`, `from`, `to` (`[from, to)`,
 * local dates); the API also takes `locale` for the stage labels and notes (the page has its own).
 */
export const journeyMapParamsSchema = z
  .object({
    journey: z.preprocess(blank, z.enum(journeys).optional()).default("acquisition"),
    from: date,
    to: date,
    locale: z.preprocess(blank, z.enum(locales).optional()),
  })
  .superRefine((p, ctx) => {
    if (p.from && p.to && daysBetween(p.from, p.to) <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "to must be after from" });
    if (p.from && p.to && daysBetween(p.from, p.to) > MAX_RANGE_DAYS) ctx.addIssue({ code: "too_big", origin: "date", maximum: MAX_RANGE_DAYS, path: ["to"], message: "range too long" });
  });

export type JourneyMapParams = z.infer<typeof journeyMapParamsSchema>;

/** For the API: the parameters, or their field errors. */
export function parseJourneyMapParams(input: URLSearchParams): { ok: true; params: JourneyMapParams } | { ok: false; errors: Record<string, string[]> } {
  const result = journeyMapParamsSchema.safeParse(normalizedParams(input));
  return result.success ? { ok: true, params: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** For the page: invalid parameters fall back to their defaults rather than failing the view. */
export function parseJourneyMapParamsLenient(input: Record<string, string | string[] | undefined>): JourneyMapParams {
  const result = journeyMapParamsSchema.safeParse(normalizedParams(input));
  return result.success ? result.data : journeyMapParamsSchema.parse({});
}

/** The range a query covers: by default the last 30 days including `today`. */
export function resolveRange(params: JourneyMapParams, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const to = params.to ?? (params.from ? addDays(params.from, DEFAULT_RANGE_DAYS) : addDays(today, 1));
  return { from: params.from ?? addDays(to, -DEFAULT_RANGE_DAYS), to };
}

const noteText = z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n") : v), safeString().trim().max(STAGE_NOTE_MAX));

/** A new version of a stage's note; `locale` blank (or "shared") writes the note every locale shows. */
export const stageNoteSchema = z.object({
  stageKey: z.string().regex(stageKeyPattern),
  locale: z.preprocess((v) => (blank(v) === undefined || v === "shared" ? null : v), z.enum(locales).nullable()),
  goal: noteText,
  need: noteText,
  opportunities: noteText,
});

export type StageNoteInput = z.infer<typeof stageNoteSchema>;
