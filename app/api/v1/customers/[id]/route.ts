import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { getCustomerFor, presentCustomer } from "@/lib/customers/service";

export const GET = apiRoute<{ id: string }>(async ({ user, params }) => {
  const { customer } = await getCustomerFor(user, customerIdParam(params.id));
  return NextResponse.json(presentCustomer(customer));
});
