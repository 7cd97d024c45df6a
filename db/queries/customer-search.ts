import { and, asc, desc, eq, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { SearchTerms } from "@/core/search/terms";
import type { Db } from "../client";
import { customers, stages } from "../schema";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (column: SQLWrapper, text: string) => sql`${column} like ${`%${escapeLike(text)}%`}`;

/**
 * Every word in the folded text, or one of the digit strings in the phone's digits: substring
 * matches over the generated columns their trigram indexes serve. Raw SQL over an alias passes
 * the aliased columns (`sql\`c.search_text\``). Undefined when the search has no terms.
 */
export function searchMatch(
  { words, phoneDigits }: SearchTerms,
  columns: { text: SQLWrapper; digits: SQLWrapper } = { text: customers.searchText, digits: customers.phoneDigits },
): SQL | undefined {
  const text = words.length > 0 ? and(...words.map((word) => contains(columns.text, word))) : undefined;
  return or(text, ...phoneDigits.map((digits) => contains(columns.digits, digits)));
}

/** How many customers, in the list's order, a search reads before it asks the trigram indexes instead. */
export const SEARCH_WALK_ROWS = 4000;

export interface SearchWalk {
  search: SearchTerms;
  /** The list's other conditions (organization, filters, the page's cursor), over customers joined with stages. */
  conditions: SQL | undefined;
  sortColumn: PgColumn;
  dir: "asc" | "desc";
  /** How many matches the page needs. */
  wanted: number;
  rows?: number;
}

/**
 * The ids of the first `wanted` matches in the list's order, when they are among the first `rows`
 * customers of that order; otherwise undefined, and the caller asks the trigram indexes
 * (`withTrigramSearch`). A common word is found within a few hundred customers by walking the sort
 * index, a rare one (a surname of 600 in 1M) only after tens of thousands, where the trigram index
 * reads just its 600 matches. Which is which depends on the data, not on what the planner can
 * estimate from the words (it took 2,500 for 630 at 1M and walked 58,000 rows), so the walk is
 * tried first with a bound.
 */
export async function firstMatchesOfWalk(db: Db, walk: SearchWalk): Promise<string[] | undefined> {
  const by = walk.dir === "asc" ? asc : desc;
  const firstRows = db
    .select({ id: customers.id, text: customers.searchText, digits: customers.phoneDigits, sortValue: walk.sortColumn })
    .from(customers)
    .innerJoin(stages, and(eq(stages.orgId, customers.orgId), eq(stages.key, customers.stageKey)))
    .where(walk.conditions)
    .orderBy(by(walk.sortColumn), by(customers.id))
    .limit(walk.rows ?? SEARCH_WALK_ROWS)
    .as("first_rows");
  const matches = await db
    .select({ id: firstRows.id })
    .from(firstRows)
    .where(searchMatch(walk.search, { text: firstRows.text, digits: firstRows.digits }))
    .orderBy(by(firstRows.sortValue), by(firstRows.id))
    .limit(walk.wanted);
  return matches.length === walk.wanted ? matches.map((m) => m.id) : undefined;
}

/** Keeps the query from walking a sort index (the walk was tried and bounded first): the trigram indexes' bitmap is left. */
export async function withTrigramSearch<T>(db: Db, query: (db: Db) => Promise<T>): Promise<T> {
  await db.execute(sql`select set_config('enable_indexscan', 'off', true)`);
  return query(db);
}

/**
 * Runs a search query planned for its own words. A prepared statement's generic plan guesses 0.5% of
 * the rows for any `like` and then walks the sort index, reading ~60,000 rows at 1M customers to
 * find 26 of a 600-customer surname (50–110 ms) where the trigram index reads 600 (1 ms); and at
 * the default random_page_cost the planner prices those 600 heap reads as if they came from disk,
 * while an organization's customers being searched are in memory. Both settings end with the
 * transaction.
 */
export function withSearchPlanning<T>(db: Db, query: (db: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('random_page_cost', '1.1', true)`);
    return query(tx as unknown as Db);
  });
}
