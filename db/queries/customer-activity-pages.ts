import "server-only";
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { feedback, purchases, touchpoints } from "../schema";

/** Where the previous page ended: its last row's instant (ISO, microseconds) and id. */
export interface ActivityCursor {
  at: string;
  id: string;
}

interface PageInput {
  orgId: string;
  customerId: string;
  limit: number;
  cursor?: ActivityCursor;
}

type Table = typeof touchpoints | typeof purchases | typeof feedback;

/** The instant in microseconds as text: a JavaScript Date would drop what PostgreSQL keeps and repeat or skip rows at a page's edge. */
const micros = (table: Table) => sql<string>`to_char(${table.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The page's rows of the customer: after the cursor in newest-first order (ties by id). */
function pageWhere(table: Table, { orgId, customerId, cursor }: PageInput) {
  const after = cursor
    ? or(lt(table.at, sql`${cursor.at}::timestamptz`), and(eq(table.at, sql`${cursor.at}::timestamptz`), lt(table.id, cursor.id)))
    : undefined;
  return and(eq(table.orgId, orgId), eq(table.customerId, customerId), after);
}

/** The first `limit` rows and, when there were more, the cursor after the last of them. */
function cut<R extends { id: string }>(rows: { row: R; cursorAt: string }[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor: ActivityCursor | null = rows.length > limit && last ? { at: last.cursorAt, id: last.row.id } : null;
  return { items: items.map((item) => item.row), nextCursor };
}

export async function pageTouchpoints(db: Db, input: PageInput) {
  const t = touchpoints;
  const rows = await db.select({ row: t, cursorAt: micros(t) }).from(t).where(pageWhere(t, input)).orderBy(desc(t.at), desc(t.id)).limit(input.limit + 1);
  return cut(rows, input.limit);
}

export async function pagePurchases(db: Db, input: PageInput) {
  const t = purchases;
  const rows = await db.select({ row: t, cursorAt: micros(t) }).from(t).where(pageWhere(t, input)).orderBy(desc(t.at), desc(t.id)).limit(input.limit + 1);
  return cut(rows, input.limit);
}

export async function pageFeedback(db: Db, input: PageInput) {
  const t = feedback;
  const rows = await db.select({ row: t, cursorAt: micros(t) }).from(t).where(pageWhere(t, input)).orderBy(desc(t.at), desc(t.id)).limit(input.limit + 1);
  return cut(rows, input.limit);
}
