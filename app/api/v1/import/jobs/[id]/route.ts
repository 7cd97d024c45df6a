import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { uuidParam } from "@/lib/import/http";
import { importStatusFor } from "@/lib/import/service";

/** An import's progress; asking about an interrupted import resumes it. */
export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const id = uuidParam.safeParse(params.id);
  if (!id.success) return problem(404);
  return NextResponse.json(await importStatusFor(user, id.data.toLowerCase()), { headers: { "cache-control": "no-store" } });
});
