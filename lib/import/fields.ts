import { z } from "zod";
import { importFields, type ImportField, type ImportMapping } from "@/db/schema/imports";
import { foldForSearch } from "@/lib/search/fold";

export { importFields, type ImportField, type ImportMapping };

export const mappingSchema = z.partialRecord(z.enum(importFields), z.string().trim().min(1).max(200));

/**
 * Folds the spellings a label may arrive in onto one key: search's folding (case, spacing, the Arabic
 * yeh and kaf that Windows-1256 files carry in place of the Persian ی and ک, ezafe and other marks),
 * with the zero-width non-joiner and the underscore read as spaces, as they often stand for one.
 */
export function labelKey(text: string): string {
  return foldForSearch(text.replace(/[\u200c_]/g, " "));
}

/**
 * The mapping to propose for a file: each field takes the column whose header is its API name
 * (the export's own headers) or one of its labels in any locale.
 */
export function suggestMapping(headers: readonly string[], labels: Partial<Record<ImportField, string[]>> = {}): ImportMapping {
  const byKey = new Map<string, string>();
  for (const header of headers) if (!byKey.has(labelKey(header))) byKey.set(labelKey(header), header);
  const mapping: ImportMapping = {};
  for (const field of importFields) {
    const header = [field, ...(labels[field] ?? [])].map((name) => byKey.get(labelKey(name))).find(Boolean);
    if (header) mapping[field] = header;
  }
  return mapping;
}

/** What is wrong with a mapping for these headers: `name` must be mapped, every header must exist. */
export function mappingErrors(mapping: ImportMapping, headers: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!mapping.name) errors.name = ["required"];
  for (const [field, header] of Object.entries(mapping)) {
    if (header && !headers.includes(header)) errors[field] = ["unknown_column"];
  }
  return errors;
}

/** Column index of each mapped field (the first column when a header repeats). */
export function columnIndexes(mapping: ImportMapping, headers: readonly string[]): Partial<Record<ImportField, number>> {
  const indexes: Partial<Record<ImportField, number>> = {};
  for (const field of importFields) {
    const header = mapping[field];
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (index >= 0) indexes[field] = index;
  }
  return indexes;
}
