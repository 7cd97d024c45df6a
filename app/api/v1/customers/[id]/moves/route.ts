import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { moveSchema } from "@/lib/customers/schemas";
import { listMovesFor, moveCustomerFor } from "@/lib/customers/service";
import { presentMove } from "@/lib/customers/present";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  return NextResponse.json({ items: await listMovesFor(user, customerIdParam(params.id)) });
});

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = customerIdParam(params.id);
  const body = await parseJson(request, moveSchema);
  if (!body.ok) return body.response;
  const { event, customer } = await moveCustomerFor(user, id, body.data);
  return NextResponse.json({ ...presentMove(event), version: customer.version }, { status: 201 });
});
