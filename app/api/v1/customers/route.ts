import { NextResponse } from "next/server";
import { parseJson, parseQuery } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { createCustomerSchema, listQuerySchema } from "@/lib/customers/schemas";
import { createCustomerFor, listCustomersFor, presentCustomer } from "@/lib/customers/service";

export const GET = apiRoute(async ({ request, user }) => {
  const query = parseQuery(request, listQuerySchema);
  if (!query.ok) return query.response;
  const { items, nextCursor } = await listCustomersFor(user, query.data);
  return NextResponse.json({ items: items.map((row) => ({ ...presentCustomer(row.customer), stale: row.stale })), nextCursor });
});

export const POST = apiRoute(async ({ request, user }) => {
  const body = await parseJson(request, createCustomerSchema);
  if (!body.ok) return body.response;
  // Created even when the email or phone is another customer's: `duplicates` names the ones the caller can see.
  const { customer, created, duplicates } = await createCustomerFor(user, body.data);
  return NextResponse.json({ ...presentCustomer(customer), duplicates }, { status: created ? 201 : 200 });
});
