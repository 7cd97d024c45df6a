import { NextResponse } from "next/server";
import { parseJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/handler";
import { customerIdParam } from "@/lib/api/params";
import { publicOrigin } from "@/lib/messages/origin";
import { surveyRequestSchema } from "@/lib/surveys/schemas";
import { requestSurveyFor } from "@/lib/surveys/service";

/** A single-use survey link `{url, token, expiresAt}`; the body (`{locale?}`) may be omitted. */
export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const id = customerIdParam(params.id);
  const hasBody = request.headers.get("content-length") !== "0" && request.headers.has("content-type");
  const body = hasBody ? await parseJson(request, surveyRequestSchema) : ({ ok: true, data: {} } as const);
  if (!body.ok) return body.response;
  return NextResponse.json(await requestSurveyFor(user, id, body.data, await publicOrigin(request)), { status: 201 });
});
