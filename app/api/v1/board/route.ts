import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { boardQuerySchema } from "@/lib/board/schemas";
import { loadBoardColumnsFor, loadBoardPageFor } from "@/lib/board/service";

/**
 * `?journey=` → the journey's columns with their customer counts; `?stage=&cursor=` → one page of
 * that column's cards (`{ items, nextCursor }`); values per column are at `./values`. `q` and
 * `owner` narrow all three to a search and one owner. Sales users see only their own customers.
 */
export const GET = apiRoute(async ({ request, user }) => {
  const query = parseQuery(request, boardQuerySchema);
  if (!query.ok) return query.response;
  const { journey, stage, cursor, ...filters } = query.data;
  if (stage) return NextResponse.json(await loadBoardPageFor(user, stage, cursor, filters));
  return NextResponse.json({ journey, columns: await loadBoardColumnsFor(user, journey, filters) });
});
