import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/roles";
import { idParam } from "@/lib/api/params";
import { automationPatchSchema } from "@/core/automation/rules";
import { deleteAutomationFor, getAutomationFor, presentAutomation, updateAutomationFor } from "@/lib/automation/service";

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ user, params }) => NextResponse.json(presentAutomation(await getAutomationFor(user, idParam(params.id)))));

export const PATCH = apiRoute<Params>({ allowed: can.manageAutomations }, async ({ request, user, params }) => {
  const id = idParam(params.id);
  const body = await parseJson(request, automationPatchSchema);
  if (!body.ok) return body.response;
  return NextResponse.json(presentAutomation(await updateAutomationFor(user, id, body.data)));
});

export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await deleteAutomationFor(user, idParam(params.id));
  return new NextResponse(null, { status: 204 });
});
