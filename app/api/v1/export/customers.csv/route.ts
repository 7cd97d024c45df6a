import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/roles";
import { listQuerySchema } from "@/lib/customers/schemas";
import { exportCustomersFor } from "@/lib/import/export";

/**
 * Customers as CSV with the list's filters (q, stage, journey, channel, owner, stale, lost), for
 * owners and managers. Blank parameters mean "any", as a plain GET form sends them.
 */
export const GET = apiRoute({ allowed: can.export }, async ({ request, user }) => {
  const url = new URL(request.url);
  for (const [key, value] of [...url.searchParams]) if (value.trim() === "") url.searchParams.delete(key);
  const query = parseQuery(new Request(url), listQuerySchema);
  if (!query.ok) return query.response;
  const stream = await exportCustomersFor(user, query.data);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
