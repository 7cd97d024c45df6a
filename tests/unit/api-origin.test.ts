import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isCrossOriginWrite } from "@/lib/api/origin";

const app = "http://localhost:3130";
afterEach(() => vi.unstubAllEnvs());
const request = (method: string, headers: Record<string, string> = {}) => new Request(`${app}/api/v1/customers`, { method, headers });

describe("the origin rule for writes with the session cookie", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_URL", app));

  it("refuses a write whose Origin is another origin, same site included", () => {
    for (const origin of ["http://localhost:3131", "http://evil.test", "https://localhost:3130", "null"]) {
      expect(isCrossOriginWrite(request("POST", { origin })), origin).toBe(true);
    }
    expect(isCrossOriginWrite(request("DELETE", { origin: "http://localhost:3131" }))).toBe(true);
  });

  it("refuses a write whose Sec-Fetch-Site is not same-origin", () => {
    for (const site of ["same-site", "cross-site", "none"]) expect(isCrossOriginWrite(request("PUT", { "sec-fetch-site": site })), site).toBe(true);
    expect(isCrossOriginWrite(request("POST", { origin: app, "sec-fetch-site": "same-site" }))).toBe(true);
  });

  it("lets through the app's own writes, writes with neither header, and every read", () => {
    expect(isCrossOriginWrite(request("POST", { origin: app, "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossOriginWrite(request("PATCH"))).toBe(false);
    expect(isCrossOriginWrite(request("GET", { origin: "http://localhost:3131", "sec-fetch-site": "same-site" }))).toBe(false);
  });

  it("takes the app's origin from NEXTAUTH_URL when it is set, else from the request", () => {
    const behindProxy = new Request("http://127.0.0.1:3000/api/v1/customers", { method: "POST", headers: { origin: "https://crm.example.test" } });
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(isCrossOriginWrite(behindProxy)).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "https://crm.example.test/");
    expect(isCrossOriginWrite(behindProxy)).toBe(false);
  });
});
