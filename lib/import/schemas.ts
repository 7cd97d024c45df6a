import { z } from "zod";
import { locales } from "@/core/constants";
import { importFields, type ImportOptions } from "@/core/import/columns";
import { timeZones } from "@/lib/settings/choices";
import { optionalEnum, requiredText, safeString, uuid } from "@/core/validation/fields";
import { labelKey } from "@/core/import/fields";

const blankLeftOut = (value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== "")) : value;

/** Our field → the file's header; blank choices ("not imported") are left out. */
export const mappingSchema = z.preprocess(blankLeftOut, z.partialRecord(z.enum(importFields), requiredText(200)));

const MAX_VALUES = 500;

/** File values (folded with labelKey, as the wizard keys them) → our value ("" for the default). */
const valueMap = (target: z.ZodType<string>) =>
  z
    .record(safeString().max(200), z.union([z.literal(""), target]))
    .refine((map) => Object.keys(map).length <= MAX_VALUES, { message: "too_big" })
    .transform((map) => Object.fromEntries(Object.entries(map).map(([value, to]) => [labelKey(value), to])));

export const valuesSchema = z.strictObject({
  stage: valueMap(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/)).optional(),
  ownerEmail: valueMap(uuid).optional(),
});

/** How rows are read beyond the column mapping (see ImportOptions); the stage keys and users are checked by the service. */
export const optionsSchema = z.strictObject({
  timeZone: optionalEnum(timeZones()),
  values: valuesSchema.optional(),
});

export const startImportSchema = optionsSchema.extend({
  id: uuid,
  locale: z.enum(locales),
  mapping: mappingSchema,
});

export type StartImportInput = z.infer<typeof startImportSchema>;

export const importOptionsOf = ({ timeZone, values }: z.infer<typeof optionsSchema>): ImportOptions => ({
  ...(timeZone ? { timeZone } : {}),
  ...(values ? { values } : {}),
});

/** Fix-and-retry: rejected rows of an import by number, each with the owner's corrections (blank removes a value). */
export const retryImportSchema = z.strictObject({
  id: uuid,
  rows: z
    .array(z.strictObject({ row: z.number().int().min(1).max(10_000_000), cells: z.partialRecord(z.enum(importFields), safeString().max(5000)) }))
    .min(1)
    .max(100),
});

export const rejectionsQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
