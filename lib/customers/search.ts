import "server-only";
import { readDb } from "@/db";
import { findOrganization } from "@/db/queries/organizations";
import { isPhoneQuery, searchTerms, searchWords, type SearchTerms } from "@/core/search/terms";

/**
 * A typed search as the customer queries take it: folded, and a phone-like one read with the
 * organization's country (looked up only then: a name search costs no extra round trip).
 */
export async function searchTermsFor(orgId: string, q: string | undefined): Promise<SearchTerms | undefined> {
  if (!q) return undefined;
  if (!isPhoneQuery(q)) return { words: searchWords(q), phoneDigits: [] };
  const org = await findOrganization(await readDb(), { orgId });
  if (!org) throw new Error("organization of a signed-in user is missing");
  return searchTerms(q, org.country);
}
