import { z } from "zod";
import type { Channel, Locale } from "@/core/constants";
import type { CustomerExtra } from "@/core/customers/constants";
import { normalizeDigits } from "@/core/i18n/digits";
import { toE164, type PhoneCountry } from "@/core/phone/phone-number";
import { fieldErrors, optionalEmail, optionalPhone, optionalText, safeString } from "@/core/validation/fields";
import { parseImportDate } from "./dates";
import { labelKey } from "./fields";
import { extraSchema } from "./row-extra";
import type { Resolve } from "./value-resolve";

import type { RowCells } from "./row-cells";

export { cellsOf, rowLayout, type RowCells, type RowLayout } from "./row-cells";

/** What a row is checked against: loaded once per import. */
export interface RowContext {
  locale: Locale;
  /** Dates written without an offset are wall-clock time in this zone (the import's choice; the organization's by default). */
  timeZone: string;
  now: Date;
  /** The organization's country: a phone without a country code is read as one of its numbers. */
  country: PhoneCountry;
  /** Channel keys, labels and other CRMs' source names (keyed by `labelKey`) → channel. */
  channels: Map<string, Channel>;
  /** The header of the channel column: a value that is no channel is kept in `extra` under it. */
  channelColumn?: string;
  /** A stage value → stage key or `lost`, "" for the default (see valueResolvers). */
  stage: Resolve;
  /** An owner value (email or name) → user id, "" for the default. */
  owner: Resolve;
}

export interface ImportRow {
  row: number;
  externalId?: string;
  name: string;
  email?: string;
  phone?: string;
  phoneE164?: string;
  channel?: Channel;
  /** A stage key, or `lost`. */
  stage?: string;
  ownerId?: string;
  createdAt?: Date;
  extra?: CustomerExtra;
  /** Consent: true or false when the row says so, absent when blank (an update keeps the customer's). */
  doNotContact?: boolean;
}

export type RowErrors = Record<string, string[]>;
export type RowResult = { ok: true; value: ImportRow } | { ok: false; errors: RowErrors };

const E164 = /^\+[1-9]\d{4,14}$/;
const digitsFirst = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" ? normalizeDigits(v) : v), schema);
const resolved = (resolve: Resolve) => safeString().optional().transform((value) => (value === undefined ? undefined : resolve(value) || undefined));

/** How a yes/no cell is written in exports (true/false) and by people in he/fa/en. */
const consentWords = new Map<string, boolean>(
  [
    ...["true", "yes", "y", "1", "כן", "بله", "آری"].map((w) => [w, true] as const),
    ...["false", "no", "n", "0", "לא", "خیر", "نه"].map((w) => [w, false] as const),
  ].map(([w, flag]) => [labelKey(w), flag]),
);

export function rowSchema(ctx: RowContext) {
  return z.object({
    externalId: digitsFirst(optionalText(200)),
    name: optionalText(200),
    firstName: optionalText(200),
    lastName: optionalText(200),
    email: digitsFirst(optionalEmail),
    phone: optionalPhone,
    phoneE164: digitsFirst(z.string().regex(E164).optional()),
    channel: safeString().optional(),
    stage: resolved(ctx.stage),
    ownerEmail: resolved(ctx.owner),
    createdAt: safeString()
      .optional()
      .transform((value, issue) => {
        if (value === undefined) return undefined;
        const at = parseImportDate(value, ctx);
        if (!at) issue.addIssue({ code: "custom", message: "invalid_date" });
        else if (at.getTime() > ctx.now.getTime()) issue.addIssue({ code: "custom", message: "in_future" });
        return at ?? z.NEVER;
      }),
    extra: extraSchema,
    doNotContact: safeString()
      .optional()
      .transform((value, issue) => {
        if (value === undefined || value.trim() === "") return undefined;
        const flag = consentWords.get(labelKey(value));
        if (flag === undefined) issue.addIssue({ code: "custom", message: "invalid_choice" });
        return flag ?? z.NEVER;
      }),
  });
}

/**
 * Who the row names: its name, else first and last name together, else the email's local part,
 * else the phone. Only a row with none of them is rejected.
 */
function nameOf(v: { name?: string; firstName?: string; lastName?: string; email?: string; phone?: string; phoneE164?: string }) {
  const parts = [v.firstName, v.lastName].filter(Boolean).join(" ");
  return v.name ?? (parts || undefined) ?? v.email?.split("@")[0] ?? v.phone ?? v.phoneE164;
}

/** Checks one row; every problem is reported, as field → stable codes the UI translates. */
export function validateRow(row: number, cells: RowCells, ctx: RowContext, schema = rowSchema(ctx)): RowResult {
  const parsed = schema.safeParse(cells);
  if (!parsed.success) return { ok: false, errors: issueCodes(parsed.error) };
  const { ownerEmail, firstName, lastName, channel: channelText, extra: given, ...value } = parsed.data;
  const name = nameOf({ ...value, firstName, lastName });
  if (!name) return { ok: false, errors: { name: ["required"] } };
  if (name.length > 200) return { ok: false, errors: { name: ["too_big"] } };
  const channel = channelText === undefined ? undefined : ctx.channels.get(labelKey(channelText));
  const extra = channelText !== undefined && !channel && ctx.channelColumn ? { ...given, [ctx.channelColumn]: channelText } : given;
  const phoneE164 = value.phoneE164 ?? (value.phone ? (toE164(value.phone, ctx.country) ?? undefined) : undefined);
  return {
    ok: true,
    value: { row, ...value, name, phone: value.phone ?? phoneE164, phoneE164, channel, ownerId: ownerEmail, extra },
  };
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
