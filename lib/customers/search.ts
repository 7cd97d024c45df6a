import "server-only";
import { getDb } from "@/db";
import { findOrganization } from "@/db/queries/organizations";
import { searchTerms, type SearchTerms } from "@/lib/search/terms";

/** A typed search as the customer queries take it: folded, its phone digits read with the organization's country. */
export async function searchTermsFor(orgId: string, q: string | undefined): Promise<SearchTerms | undefined> {
  if (!q) return undefined;
  const org = await findOrganization(await getDb(), { orgId });
  if (!org) throw new Error("organization of a signed-in user is missing");
  return searchTerms(q, org.country);
}
