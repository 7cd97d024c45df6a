import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";

const needsEscape = /["\\]/;
const escapable = /["\\]/g;

/** One column as a Postgres array literal, every element quoted: `{"a","say \"hi\"",NULL}`; objects (jsonb) as JSON. */
function arrayLiteral(rows: readonly Record<string, unknown>[], key: string): string {
  let literal = "{";
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]?.[key];
    if (i > 0) literal += ",";
    if (value === null || value === undefined) {
      literal += "NULL";
    } else {
      const text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
      literal += needsEscape.test(text) ? `"${text.replace(escapable, "\\$&")}"` : `"${text}"`;
    }
  }
  return literal + "}";
}

/**
 * An INSERT of many rows as one `unnest` over one array parameter per column. Each array goes
 * as one literal string: cheaper to build than letting the driver serialize element by element,
 * and postgres.js would declare a boolean or Date array parameter with its element's type.
 * The columns are the first row's keys: give every row the same keys.
 */
export function insertStatement(table: PgTable, rows: readonly Record<string, unknown>[]): SQL {
  const first = rows[0] ?? {};
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const names = columns.map(([, column]) => sql.identifier(column.name));
  const arrays = columns.map(([key, column]) => sql`${arrayLiteral(rows, key)}::${sql.raw(column.getSQLType())}[]`);
  return sql`insert into ${table} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`;
}

/** Inserts rows into one table in one statement; nothing for no rows. */
export async function insertMany<T extends PgTable>(db: Db, table: T, rows: readonly T["$inferInsert"][]): Promise<void> {
  if (rows.length > 0) await db.execute(insertStatement(table, rows));
}
