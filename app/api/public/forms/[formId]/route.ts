import { NextResponse } from "next/server";
import { MAX_SUBMISSION_BYTES } from "@/core/forms/spam";
import { DomainError } from "@/core/errors";
import { problem } from "@/lib/api/problem";
import { readPublicFields } from "@/lib/api/public-body";
import { submitPublicLeadForm } from "@/lib/forms/public-service";
import { clientAddress } from "@/lib/security/client-address";

/** A visitor's lead form submission: no session. Answers `{ok:true}` and nothing about who the person is to the organization. */
export async function POST(request: Request, context: { params: Promise<{ formId: string }> }) {
  try {
    const body = await readPublicFields(request, MAX_SUBMISSION_BYTES);
    if (!body.ok) return body.response;
    const { formId } = await context.params;
    const outcome = await submitPublicLeadForm({ formId, body: body.fields, clientAddress: clientAddress(request.headers) });
    switch (outcome.kind) {
      case "ok":
        return NextResponse.json({ ok: true });
      case "not_found":
        return problem(404);
      case "rate_limited":
        return problem(429, { code: "rate_limited", headers: { "retry-after": String(outcome.retryAfterSeconds) } });
      case "invalid":
        return problem(422, { code: "validation", errors: outcome.errors });
    }
  } catch (error) {
    if (error instanceof DomainError) return problem(error.status, { code: error.code, errors: error.fieldErrors });
    console.error(error);
    return problem(500);
  }
}
