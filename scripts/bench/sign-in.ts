/** Cookies from Set-Cookie headers as one Cookie header (names and values only). */
function cookieHeader(response: Response, previous = ""): string {
  const pairs = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  return [previous, ...pairs].filter(Boolean).join("; ");
}

/**
 * Signs in through next-auth's own endpoints, as any HTTP client can (SPEC §6), and returns the
 * session as a Cookie header. A session, not an API key: API keys are rate limited.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const cookie = cookieHeader(response);
  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } });
  if (!me.ok) throw new Error(`Signing in as ${email} failed: /api/v1/me answered ${me.status}`);
  return cookie;
}
