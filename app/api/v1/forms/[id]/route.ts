import { NextResponse } from "next/server";
import { notFound } from "@/core/errors";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { appOrigin } from "@/lib/api/origin";
import { idParam } from "@/lib/api/params";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { leadFormStateSchema } from "@/lib/forms/schemas";
import { getLeadFormFor, leadFormUrl, organizationLocale, presentLeadForm, setLeadFormArchivedFor } from "@/lib/forms/service";

async function presented(request: Request, user: CurrentUser, form: Parameters<typeof presentLeadForm>[0]) {
  return NextResponse.json(presentLeadForm(form, leadFormUrl(appOrigin(request), await organizationLocale(user), form.id)));
}

export const GET = apiRoute<{ id: string }>({ allowed: can.manageSettings }, async ({ request, user, params }) => {
  const form = await getLeadFormFor(user, idParam(params.id));
  if (!form) throw notFound();
  return presented(request, user, form);
});

/** `{archived: true}` closes the form, `{archived: false}` opens it again (409 `default_form` for the default form). */
export const PATCH = apiRoute<{ id: string }>({ allowed: can.manageSettings }, async ({ request, user, params }) => {
  const id = idParam(params.id);
  const body = await parseJson(request, leadFormStateSchema);
  if (!body.ok) return body.response;
  return presented(request, user, await setLeadFormArchivedFor(user, { id, archived: body.data.archived }));
});

/** Archives: touchpoints name the form, so it is never removed. Repeating it changes nothing. */
export const DELETE = apiRoute<{ id: string }>({ allowed: can.manageSettings }, async ({ request, user, params }) => {
  return presented(request, user, await setLeadFormArchivedFor(user, { id: idParam(params.id), archived: true }));
});
