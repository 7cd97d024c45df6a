import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { appOrigin } from "@/lib/api/origin";
import { can } from "@/lib/auth/roles";
import { leadFormSchema } from "@/lib/forms/schemas";
import { createLeadFormFor, leadFormUrl, listPresentedLeadFormsFor, organizationLocale } from "@/lib/forms/service";

export const GET = apiRoute({ allowed: can.manageSettings }, async ({ request, user }) => {
  return NextResponse.json({ items: await listPresentedLeadFormsFor(user, appOrigin(request)) });
});

export const POST = apiRoute({ allowed: can.manageSettings }, async ({ request, user }) => {
  const body = await parseJson(request, leadFormSchema);
  if (!body.ok) return body.response;
  const form = await createLeadFormFor(user, body.data);
  return NextResponse.json({ id: form.id, url: leadFormUrl(appOrigin(request), await organizationLocale(user), form.id) }, { status: 201 });
});
