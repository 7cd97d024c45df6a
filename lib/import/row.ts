import { z } from "zod";
import type { Channel, Locale } from "@/db/schema/constants";
import { normalizeDigits } from "@/lib/i18n/digits";
import { fieldErrors, optionalEmail, optionalPhone, optionalText, requiredText } from "@/lib/validation/fields";
import { unneutralise } from "./csv-write";
import { parseImportDate } from "./dates";
import { labelKey, type ImportField } from "./fields";

/** What a row is checked against: loaded once per import. Lookup maps are keyed by `labelKey`. */
export interface RowContext {
  locale: Locale;
  timeZone: string;
  now: Date;
  /** Persian read from Windows-1256: its Arabic yeh and kaf are stored as the Persian letters (see cellsOf). */
  persianLetters: boolean;
  /** Stage keys and labels in he/fa/en (and `lost` with its labels) → stage key. */
  stages: Map<string, string>;
  /** Channel keys and labels in he/fa/en → channel. */
  channels: Map<string, Channel>;
  /** Lower-cased emails of the organization's active users → user id. */
  users: Map<string, string>;
}

export type RowCells = Partial<Record<ImportField, string>>;

export interface ImportRow {
  row: number;
  externalId?: string;
  name: string;
  email?: string;
  phone?: string;
  channel?: Channel;
  /** A stage key, or `lost`. */
  stage?: string;
  ownerId?: string;
  createdAt?: Date;
}

export type RowErrors = Record<string, string[]>;
export type RowResult = { ok: true; value: ImportRow } | { ok: false; errors: RowErrors };

const ARABIC_YEH_KAF = /[\u064a\u0649\u0643]/g;
const persian = (text: string) => text.replace(ARABIC_YEH_KAF, (c) => (c === "\u0643" ? "\u06a9" : "\u06cc"));

/**
 * The mapped cells of a record: trimmed, blank ones left out, export neutralisation undone, and
 * with `persianLetters` the Arabic yeh and kaf of Windows-1256 made the Persian ی and ک.
 */
export function cellsOf(record: readonly string[], indexes: Partial<Record<ImportField, number>>, persianLetters = false): RowCells {
  const cells: RowCells = {};
  for (const [field, index] of Object.entries(indexes) as [ImportField, number][]) {
    const value = unneutralise(record[index]?.trim() ?? "").trim();
    if (value) cells[field] = persianLetters ? persian(value) : value;
  }
  return cells;
}

const digitsFirst = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" ? normalizeDigits(v) : v), schema);

function lookup<T>(map: Map<string, T>, code: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const hit = map.get(labelKey(value));
      if (hit === undefined) {
        ctx.addIssue({ code: "custom", message: code });
        return z.NEVER;
      }
      return hit;
    });
}

export function rowSchema(ctx: RowContext) {
  return z.object({
    externalId: digitsFirst(optionalText(200)),
    name: requiredText(200),
    email: digitsFirst(optionalEmail),
    phone: optionalPhone,
    channel: lookup(ctx.channels, "unknown_channel"),
    stage: lookup(ctx.stages, "unknown_stage"),
    ownerEmail: z
      .string()
      .optional()
      .transform((value, issue) => {
        if (value === undefined) return undefined;
        const id = ctx.users.get(normalizeDigits(value).toLowerCase());
        if (!id) issue.addIssue({ code: "custom", message: "unknown_user" });
        return id ?? z.NEVER;
      }),
    createdAt: z
      .string()
      .optional()
      .transform((value, issue) => {
        if (value === undefined) return undefined;
        const at = parseImportDate(value, ctx);
        if (!at) issue.addIssue({ code: "custom", message: "invalid_date" });
        else if (at.getTime() > ctx.now.getTime()) issue.addIssue({ code: "custom", message: "in_future" });
        return at ?? z.NEVER;
      }),
  });
}

/** Checks one row; every problem is reported, as field → stable codes the UI translates. */
export function validateRow(row: number, cells: RowCells, ctx: RowContext, schema = rowSchema(ctx)): RowResult {
  const parsed = schema.safeParse(cells);
  if (!parsed.success) return { ok: false, errors: issueCodes(parsed.error) };
  const { ownerEmail, ...value } = parsed.data;
  if (!value.externalId && !value.email) return { ok: false, errors: { externalId: ["key_required"] } };
  return { ok: true, value: { row, ...value, ownerId: ownerEmail } };
}

function issueCodes(error: z.ZodError): RowErrors {
  const custom = error.issues.filter((issue) => issue.code === "custom");
  const errors = fieldErrors(new z.ZodError(error.issues.filter((issue) => issue.code !== "custom")));
  for (const issue of custom) {
    const field = issue.path.join(".") || "row";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
