import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { mergeCustomerFor } from "@/lib/customers/merge-service";
import { presentCustomer } from "@/lib/customers/present";
import { mergeSchema } from "@/lib/customers/schemas";

/** Merges the customer `from` into this one (owners and managers): `{from, version}` → the survivor, and `merged`: the removed id. */
export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = customerIdParam(params.id);
  const body = await parseJson(request, mergeSchema);
  if (!body.ok) return body.response;
  const survivor = await mergeCustomerFor(user, id, body.data);
  return NextResponse.json({ ...presentCustomer(survivor), merged: body.data.from });
});
