import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { boardQuerySchema } from "@/lib/board/schemas";
import { loadBoardValuesFor } from "@/lib/board/service";

/** `?journey=` → per stage, the value of the customers in it (sum of purchases, minor units). */
export const GET = apiRoute(async ({ request, user }) => {
  const query = parseQuery(request, boardQuerySchema.pick({ journey: true }));
  if (!query.ok) return query.response;
  return NextResponse.json({ journey: query.data.journey, values: await loadBoardValuesFor(user, query.data.journey) });
});
