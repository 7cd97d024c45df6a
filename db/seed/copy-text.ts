import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

const special = /[\\\t\n\r]/;
const specials = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One value in COPY's text format: `\N` for null, backslash escapes for what COPY treats specially. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return special.test(text) ? text.replace(specials, (c) => escapes[c] ?? c) : text;
}

/** The table's columns present in `row`: property keys and the SQL names COPY lists. */
export function copyColumns(table: PgTable, row: Record<string, unknown>): { keys: string[]; names: string[] } {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in row);
  return { keys: columns.map(([key]) => key), names: columns.map(([, column]) => column.name) };
}

/** Rows as COPY text lines, the columns in the order of `keys`. */
export function copyLines(rows: readonly Record<string, unknown>[], keys: readonly string[]): string {
  let text = "";
  for (const row of rows) {
    for (let i = 0; i < keys.length; i++) text += (i > 0 ? "\t" : "") + copyValue(row[keys[i] as string]);
    text += "\n";
  }
  return text;
}
