import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { patchCustomerSchema } from "@/lib/customers/schemas";
import { getCustomerFor, patchCustomerFor, presentCustomer } from "@/lib/customers/service";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const { customer } = await getCustomerFor(user, customerIdParam(params.id));
  return NextResponse.json(presentCustomer(customer));
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = customerIdParam(params.id);
  const body = await parseJson(request, patchCustomerSchema);
  if (!body.ok) return body.response;
  return NextResponse.json(presentCustomer(await patchCustomerFor(user, id, body.data)));
});
