import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { idParam } from "@/lib/api/params";
import { listRunsFor, presentFiring } from "@/lib/automation/service";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const rows = await listRunsFor(user, idParam(params.id));
  return NextResponse.json({ items: rows.map(presentFiring) });
});
