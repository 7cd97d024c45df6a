import { NextResponse } from "next/server";
import { DomainError } from "@/core/errors";
import { problem } from "@/lib/api/problem";
import { unsubscribePublic } from "@/lib/surveys/unsubscribe";

/**
 * The customer's unsubscribe (the page's button, and mail apps' one-click POST of RFC 8058, which
 * sends `List-Unsubscribe=One-Click` form-encoded): sets do-not-contact. No session: the token is
 * the credential; repeating it is harmless.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    return NextResponse.json(await unsubscribePublic(token));
  } catch (error) {
    if (error instanceof DomainError) return problem(error.status, { code: error.code });
    console.error(error);
    return problem(500);
  }
}
