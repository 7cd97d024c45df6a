import { importFields, type ImportField, type ImportMapping } from "@/core/import/columns";
import { foldForSearch } from "@/core/search/fold";
import { headerNames } from "./header-names";

export { importFields, type ImportField, type ImportMapping };

/**
 * Folds the spellings a label may arrive in onto one key: search's folding (case, spacing, the Arabic
 * yeh and kaf that Windows-1256 files carry in place of the Persian ی and ک, ezafe and other marks),
 * with the zero-width non-joiner and the underscore read as spaces, as they often stand for one.
 */
export function labelKey(text: string): string {
  return foldForSearch(text.replace(/[\u200c_]/g, " "));
}

const ARABIC_MARKS = /[\u064b-\u065f\u0670]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * A header folded for matching: the folding of labels, then the Arabic-script marks (ezafe
 * `ـهٔ`, harakat), the heh forms (ۀ, ە → ه) and everything that is not a letter or digit (spaces,
 * dashes, quotes, ZWNJ) dropped: `Person - Email - Work`, `person email work` and
 * `PersonEmailWork` fold alike, and `شناسهٔ بیرونی` like `شناسه بیرونی`.
 */
export function headerKey(text: string): string {
  return labelKey(text).replace(ARABIC_MARKS, "").replace(/[\u06c0\u06d5]/g, "\u0647").replace(NOT_LETTER_OR_DIGIT, "");
}

/**
 * The mapping to propose for a file: each field takes the first of its names present among the
 * headers — its API name (our export's header), its label in he/fa/en, then the headers of other
 * CRMs' exports (headerNames) — compared by headerKey; a column goes to one field only.
 */
export function suggestMapping(headers: readonly string[], labels: Partial<Record<ImportField, string[]>> = {}): ImportMapping {
  const byKey = new Map<string, string>();
  for (const header of headers) if (!byKey.has(headerKey(header))) byKey.set(headerKey(header), header);
  const taken = new Set<string>();
  const mapping: ImportMapping = {};
  for (const field of importFields) {
    const names = [field, ...(labels[field] ?? []), ...headerNames[field]];
    const header = names.map((name) => byKey.get(headerKey(name))).find((h) => h !== undefined && !taken.has(h));
    if (header === undefined) continue;
    mapping[field] = header;
    taken.add(header);
  }
  return mapping;
}

/** The fields that can tell who a row is; a mapping must give at least one. */
export const identityFields = ["name", "firstName", "lastName", "email", "phone", "phoneE164"] as const satisfies readonly ImportField[];

/** What is wrong with a mapping for these headers: a column naming who each row is, and only headers of the file. */
export function mappingErrors(mapping: ImportMapping, headers: readonly string[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!identityFields.some((field) => mapping[field])) errors.name = ["identity_required"];
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
