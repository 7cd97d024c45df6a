import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

/** The parts of a Node response next-auth's handler writes to. */
class RecordedResponse {
  headers = new Map<string, string | string[]>();
  body: unknown;
  status = (_code: number) => this;
  setHeader = (name: string, value: string | string[]) => (this.headers.set(name.toLowerCase(), value), this);
  getHeader = (name: string) => this.headers.get(name.toLowerCase());
  send = (body: unknown) => ((this.body = body), this);
  json = this.send;
  end = () => this;
  cookies = () => [this.headers.get("set-cookie") ?? []].flat();
}

/** Signs in through next-auth's handler with our options (and a stand-in password check), the app served at `url`. */
async function sessionCookie(url: string) {
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.stubEnv("AUTH_SECRET", "unit-test-secret");
  const { authOptions } = await import("@/lib/auth/options");
  // The cookie policy comes from the options and next-auth, not from how the password is checked.
  const user = { id: "user-1", email: "a@example.test", name: "A", orgId: "org-1", sessionVersion: 1 };
  const options = { ...authOptions, providers: [Credentials({ credentials: {}, authorize: async () => user })] };
  const call = async (request: Record<string, unknown>) => {
    const response = new RecordedResponse();
    await NextAuth({ headers: {}, cookies: {}, ...request } as never, response as never, options);
    return response;
  };
  const csrf = await call({ method: "GET", query: { nextauth: ["csrf"] } });
  const [csrfCookie = ""] = csrf.cookies().map((line) => line.split(";")[0] ?? "");
  const [name = "", value = ""] = csrfCookie.split("=");
  const signIn = await call({
    method: "POST",
    query: { nextauth: ["callback", "credentials"] },
    cookies: { [name]: decodeURIComponent(value) },
    body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, email: user.email, password: "irrelevant", json: "true" },
  });
  return signIn.cookies().find((line) => /next-auth\.session-token=/.test(line)) ?? "";
}

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, and Secure with the __Secure- prefix when the app is served over https", async () => {
    const cookie = await sessionCookie("https://crm.example.test");
    expect(cookie).toMatch(/^__Secure-next-auth\.session-token=[^;]+;/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it("is HttpOnly and SameSite=Lax but not Secure over plain http (a local demo)", async () => {
    const cookie = await sessionCookie("http://localhost:3000");
    expect(cookie).toMatch(/^next-auth\.session-token=[^;]+;/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
