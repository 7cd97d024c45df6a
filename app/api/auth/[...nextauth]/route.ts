import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { appOrigin, isCrossOriginWrite } from "@/lib/api/origin";
import { problem } from "@/lib/api/problem";
import { sameOriginUrl } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's endpoints, with the API's origin rule for writes (sign-in, sign-out) and without a
 * `callbackUrl` that is not ours: next-auth answers a bare 500 to a malformed one, and the pages
 * we send people to after signing in are always our own.
 */
async function handler(request: NextRequest, context: Context) {
  if (isCrossOriginWrite(request)) return problem(403, { code: "cross_origin", detail: "Sign-in and sign-out must come from the app's own pages." });
  try {
    return await NextAuth(await withoutForeignCallback(request), context, authOptions);
  } catch (error) {
    console.error(error);
    return problem(500);
  }
}

async function withoutForeignCallback(request: NextRequest): Promise<NextRequest> {
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl === null || sameOriginUrl(callbackUrl, appOrigin(request))) return request;
  const url = request.nextUrl.clone();
  url.searchParams.delete("callbackUrl");
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return new NextRequest(url, { method: request.method, headers: request.headers, body });
}

export { handler as GET, handler as POST };
