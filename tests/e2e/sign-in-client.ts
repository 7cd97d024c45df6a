import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Signs in over raw HTTP from a loopback address of its own (any of 127.0.0.0/8), so the server
 * sees a client address no other test uses, as it would see a distinct machine. `connections`
 * are opened beforehand and kept, so a burst of that many requests arrives at once.
 */
export async function signInClient(baseURL: string | undefined, localAddress: string, connections = 1) {
  const server = new URL(baseURL ?? "http://localhost:3100");
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const send = (method: string, path: string, headers: Record<string, string> = {}, body = "") =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port: server.port, path, method, headers, localAddress, agent }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on("error", reject);
      req.end(body);
    });
  const [csrf] = await Promise.all(Array.from({ length: connections }, () => send("GET", "/api/auth/csrf")));
  if (!csrf) throw new Error("no connection");
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return {
    /** "signed_in", or the error code next-auth passes on (`invalid_credentials`, `throttled`, …). */
    async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
      const form = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
      const answer = await send("POST", "/api/auth/callback/credentials", { cookie, "content-type": "application/x-www-form-urlencoded", ...headers }, form);
      if ((answer.headers["set-cookie"] ?? []).some((c) => c.includes("session-token="))) return "signed_in";
      const { url } = JSON.parse(answer.body) as { url?: string };
      return new URL(url ?? "http://x/?error=none").searchParams.get("error") ?? `status-${answer.status}`;
    },
  };
}

export const count = (answers: string[], value: string) => answers.filter((a) => a === value).length;
