import { and, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { SearchTerms } from "@/core/search/terms";
import type { Db } from "../client";
import { customers } from "../schema";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every word in the folded text, or one of the digit strings in the phone's digits: substring
 * matches over the generated columns their trigram indexes serve. Raw SQL over an alias passes
 * the aliased columns (`sql\`c.search_text\``). Undefined when the search has no terms.
 *
 * `opaque` hides the patterns from the planner (`like (select $1)`), for a statement whose plan
 * the code has chosen itself: planning it then skips matching each pattern against the columns'
 * 2,000-bucket histograms (0.15 ms instead of 0.7–0.9 ms at 1M). The trigram indexes still serve it.
 */
export function searchMatch(
  { words, phoneDigits }: SearchTerms,
  columns: { text: SQLWrapper; digits: SQLWrapper } = { text: customers.searchText, digits: customers.phoneDigits },
  { opaque = false } = {},
): SQL | undefined {
  const contains = (column: SQLWrapper, text: string) => {
    const pattern = `%${escapeLike(text)}%`;
    return opaque ? sql`${column} like (select ${pattern}::text)` : sql`${column} like ${pattern}`;
  };
  const text = words.length > 0 ? and(...words.map((word) => contains(columns.text, word))) : undefined;
  return or(text, ...phoneDigits.map((digits) => contains(columns.digits, digits)));
}

/**
 * Runs a search's statements in a transaction whose settings they share and which ends them:
 * `random_page_cost` 1.1, because an organization's customers being searched are in memory and a
 * read through the trigram index is not a disk read (at the default 4 it priced a 572-match
 * surname's reads above a 61 ms walk of the sort index); and custom plans, each statement planned
 * for its own organization and cursor. `readMatchesThroughTrigramIndex` adds its setting to the
 * same transaction.
 */
export function withSearchPlanning<T>(db: Db, query: (db: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('random_page_cost', '1.1', true)`);
    return query(tx as unknown as Db);
  });
}

/**
 * For the rest of a `withSearchPlanning` transaction, leaves the planner only bitmap scans: the
 * matches are read through the trigram index and sorted, never found by walking the sort index.
 */
export async function readMatchesThroughTrigramIndex(tx: Db): Promise<void> {
  await tx.execute(sql`select set_config('enable_indexscan', 'off', true), set_config('enable_indexonlyscan', 'off', true)`);
}
