import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "@/lib/security/client-address";

const served = { MASIR_SOCKET_ADDRESS_HEADER: "x-masir-socket-address" };
const headers = (values: Record<string, string>) => new Headers(values);
const from = (socket: string, forwarded?: string, hops = 0) =>
  clientAddress(headers({ "x-masir-socket-address": socket, ...(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }) }), hops, served);

describe("the client's address", () => {
  it("is the socket's peer by default, whatever X-Forwarded-For and X-Real-IP say", () => {
    expect(from("198.51.100.7")).toBe("198.51.100.7");
    expect(from("198.51.100.7", "203.0.113.1")).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-masir-socket-address": "198.51.100.7", "x-real-ip": "203.0.113.1" }), 0, served)).toBe("198.51.100.7");
  });

  it("reads IPv4 on a dual-stack socket as IPv4, and IPv6 in lower case", () => {
    expect(from("::ffff:127.0.0.11")).toBe("127.0.0.11");
    expect(from("2001:DB8::1")).toBe("2001:db8::1");
  });

  it("behind n trusted proxies is the right-most hop they did not write", () => {
    // The client sent "1.1.1.1"; proxy 2 appended the client's real address, proxy 1 proxy 2's; the socket is proxy 1.
    const chain = "1.1.1.1, 203.0.113.9, 10.0.0.2";
    expect(from("10.0.0.1", chain, 1)).toBe("10.0.0.2");
    expect(from("10.0.0.1", chain, 2)).toBe("203.0.113.9");
    expect(from("10.0.0.1", "203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("is the left-most hop when there are fewer hops than trusted proxies", () => {
    expect(from("10.0.0.1", "203.0.113.9", 5)).toBe("203.0.113.9");
    expect(from("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
  });

  it("is unknown without the socket address (not served by scripts/serve.mjs), or when the chosen hop is not an address", () => {
    expect(clientAddress(headers({ "x-masir-socket-address": "198.51.100.7", "x-forwarded-for": "203.0.113.1" }), 0, {})).toBeNull();
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.1" }), 1, served)).toBeNull();
    expect(from("10.0.0.1", "not-an-address", 1)).toBeNull();
  });
});

describe("TRUST_PROXY", () => {
  it("is a whole number of hops, 0 when unset", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "2" })).toBe(2);
    for (const wrong of ["true", "-1", "1.5", "all"]) expect(() => trustedProxyHops({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
  });
});
