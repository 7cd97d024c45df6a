import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { publicOrigin } from "@/lib/messages/origin";
import { messageSchema } from "@/lib/messages/schemas";
import { sendMessageFor } from "@/lib/messages/service";

/** `{channel, template, locale?}` → `{url}` (WhatsApp, SMS, call) or `{status: "queued"}` (email); records the touchpoint. */
export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = customerIdParam(params.id);
  const body = await parseJson(request, messageSchema);
  if (!body.ok) return body.response;
  const result = await sendMessageFor(user, id, body.data, await publicOrigin(request));
  return NextResponse.json(result, { status: "status" in result ? 202 : 201 });
});
