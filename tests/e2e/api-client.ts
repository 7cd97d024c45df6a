import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { demoPassword } from "./support";

/** A request context signed in through next-auth's own endpoints, as any HTTP client can be. */
export async function signedInRequest(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, email: string, password = demoPassword) {
  const request = await playwright.request.newContext({ baseURL });
  await signInByHttp(request, email, password);
  return request;
}

export async function signInByHttp(request: APIRequestContext, email: string, password = demoPassword) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
}
