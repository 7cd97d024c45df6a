import { and, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { SearchTerms } from "@/core/search/terms";
import { customers } from "../schema";

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
