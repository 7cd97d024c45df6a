import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { can } from "@/lib/auth/roles";
import { automationSchema } from "@/core/automation/rules";
import { createAutomationFor, listAutomationsFor, presentAutomation } from "@/lib/automation/service";

export const GET = apiRoute(async ({ user }) => {
  const rows = await listAutomationsFor(user);
  return NextResponse.json({ items: rows.map(presentAutomation) });
});

export const POST = apiRoute({ allowed: can.manageAutomations }, async ({ request, user }) => {
  const body = await parseJson(request, automationSchema);
  if (!body.ok) return body.response;
  return NextResponse.json(presentAutomation(await createAutomationFor(user, body.data)), { status: 201 });
});
