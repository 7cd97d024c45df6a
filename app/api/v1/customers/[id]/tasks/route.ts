import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { listCustomerTasksFor, presentTask } from "@/lib/tasks/service";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const rows = await listCustomerTasksFor(user, customerIdParam(params.id));
  return NextResponse.json({ items: rows.map(presentTask) });
});
