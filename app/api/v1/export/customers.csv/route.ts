import { getDb } from "@/db";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { can } from "@/lib/auth/roles";
import { listQuerySchema } from "@/lib/customers/schemas";
import { searchTermsFor } from "@/lib/customers/search";
import { exportCustomersCsv } from "@/lib/import/export";

/**
 * Customers as CSV with the list's filters (q, stage, journey, channel, owner, stale, lost), for
 * owners and managers. Blank parameters mean "any", as a plain GET form sends them.
 */
export const GET = apiRoute(async ({ request, user }) => {
  if (!can.export(user.role)) return problem(403, { detail: "Only owners and managers can export." });
  const url = new URL(request.url);
  for (const [key, value] of [...url.searchParams]) if (value.trim() === "") url.searchParams.delete(key);
  const query = parseQuery(new Request(url), listQuerySchema);
  if (!query.ok) return query.response;
  const { q, stage, journey, channel, owner, stale, lost } = query.data;
  const search = await searchTermsFor(user.orgId, q);
  const stream = await exportCustomersCsv(await getDb(), { orgId: user.orgId, search, stage, journey, channel, owner, stale, lost });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
