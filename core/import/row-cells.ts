import type { ImportField } from "@/core/import/columns";
import { unneutralise } from "./csv-write";
import { columnIndexes, type ImportMapping } from "./fields";
import { parseObject } from "./row-extra";

export type RowCells = Partial<Record<ImportField, string>>;

/** Where a job's fields are in each record, and its other columns, kept on the customer as `extra`. */
export interface RowLayout {
  indexes: Partial<Record<ImportField, number>>;
  /** The unmapped columns: [index, header]. */
  others: [number, string][];
  /** Persian read from Windows-1256: its Arabic yeh and kaf become the Persian ی and ک. */
  persianLetters: boolean;
}

export function rowLayout(mapping: ImportMapping, headers: readonly string[], persianLetters = false): RowLayout {
  const indexes = columnIndexes(mapping, headers);
  const mapped = new Set(Object.values(indexes));
  const others = headers.flatMap((header, index): [number, string][] => (mapped.has(index) || !header ? [] : [[index, header]]));
  return { indexes, others, persianLetters };
}

const ARABIC_YEH_KAF = /[\u064a\u0649\u0643]/g;
const persian = (text: string) => text.replace(ARABIC_YEH_KAF, (c) => (c === "\u0643" ? "\u06a9" : "\u06cc"));

function cell(record: readonly string[], index: number, persianLetters: boolean): string {
  const value = unneutralise(record[index]?.trim() ?? "").trim();
  return persianLetters ? persian(value) : value;
}

/**
 * The cells of a record: mapped ones by field, trimmed, blank ones left out, export neutralisation
 * undone; the non-blank unmapped ones as the JSON text of `extra` (header → value), together with a
 * mapped `extra` column's object (our export's).
 */
export function cellsOf(record: readonly string[], layout: RowLayout): RowCells {
  const cells: RowCells = {};
  for (const [field, index] of Object.entries(layout.indexes) as [ImportField, number][]) {
    const value = cell(record, index, layout.persianLetters);
    if (value) cells[field] = value;
  }
  const others: Record<string, string> = {};
  for (const [index, header] of layout.others) {
    const value = cell(record, index, layout.persianLetters);
    if (value) others[header] = value;
  }
  if (Object.keys(others).length > 0) cells.extra = withOthers(cells.extra, others);
  return cells;
}

/** The mapped `extra` JSON with the other columns added; a mapped text that is not a JSON object is left for validation to refuse. */
function withOthers(mapped: string | undefined, others: Record<string, string>): string {
  if (mapped === undefined) return JSON.stringify(others);
  const parsed = parseObject(mapped);
  return parsed ? JSON.stringify({ ...parsed, ...others }) : mapped;
}
