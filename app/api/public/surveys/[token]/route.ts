import { NextResponse } from "next/server";
import { DomainError } from "@/core/errors";
import { parseJson } from "@/lib/api/body";
import { problem } from "@/lib/api/problem";
import { surveyAnswerSchema } from "@/lib/surveys/schemas";
import { answerSurveyPublic } from "@/lib/surveys/service";

/**
 * A customer's answer `{score, comment?}`, no session: the token is the credential. `{ok: true}`
 * once; 410 (`used`, `expired`) afterwards, 404 for a link that never was.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await parseJson(request, surveyAnswerSchema);
  if (!body.ok) return body.response;
  try {
    return NextResponse.json(await answerSurveyPublic(token, body.data), { status: 201 });
  } catch (error) {
    if (error instanceof DomainError) return problem(error.status, { code: error.code });
    console.error(error);
    return problem(500);
  }
}
