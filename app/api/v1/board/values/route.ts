import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { boardQuerySchema } from "@/lib/board/schemas";
import { loadBoardValuesFor } from "@/lib/board/service";

/** `?journey=` → per stage, the value of the customers in it (sum of purchases, minor units); `q` and `owner` as for the board. */
export const GET = apiRoute(async ({ request, user }) => {
  const query = parseQuery(request, boardQuerySchema.pick({ journey: true, q: true, owner: true }));
  if (!query.ok) return query.response;
  const { journey, ...filters } = query.data;
  return NextResponse.json({ journey, values: await loadBoardValuesFor(user, journey, filters) });
});
