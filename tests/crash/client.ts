import { encodeArgument, readActionResult, type ActionResult } from "../e2e/actions";
import { baseURL } from "./server";

/** A signed-in HTTP client over plain fetch: next-auth's credentials endpoints, the API and server actions. */
export class Client {
  private cookies = new Map<string, string>();

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(`${baseURL}${path}`, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  async signIn(email: string, password: string) {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password, json: "true" });
    await this.request("/api/auth/callback/credentials", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    if ((await this.request("/api/v1/me")).status !== 200) throw new Error(`could not sign in as ${email}`);
  }

  async json<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await this.request(path, init);
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Calls a server action as the browser does; throws when the answer carries no result. */
  async action(page: string, id: string, arg: unknown): Promise<ActionResult> {
    const response = await this.request(page, {
      method: "POST",
      body: JSON.stringify([encodeArgument(arg)]),
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: baseURL, accept: "text/x-component" },
    });
    const result = readActionResult(await response.text());
    if (!result) throw new Error(`server action on ${page} answered ${response.status} without a result`);
    return result;
  }
}
