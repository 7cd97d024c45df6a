import { isIP } from "node:net";

type Headers = { get(name: string): string | null };
type Env = Record<string, string | undefined>;

/**
 * How many proxies in front of the server to believe (`TRUST_PROXY`, a whole number; default 0:
 * none, the socket's peer is the client). Anything else is a configuration error, loudly.
 */
export function trustedProxyHops(env: Env = process.env): number {
  const value = env.TRUST_PROXY?.trim() ?? "";
  if (value === "") return 0;
  if (!/^\d+$/.test(value)) throw new Error(`TRUST_PROXY must be the number of proxies in front of the server (0, 1, 2 …), not "${value}"`);
  return Number(value);
}

/** `::ffff:1.2.3.4` (IPv4 on a dual-stack socket) is 1.2.3.4; IPv6 in lower case. */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed)?.[1];
  return mapped ?? trimmed;
}

/**
 * The client's address, for the per-address sign-in throttle. The hops are the X-Forwarded-For
 * entries followed by the socket's peer, each proxy having appended the address it saw; with
 * `trustedHops` proxies in front, the client is the right-most hop not written by one of them
 * (the left-most when there are fewer hops). Everything left of it is the client's own say and
 * ignored, as is X-Real-IP (one value: no hops to count). Null when the socket address is unknown
 * (served without scripts/serve.mjs, as `next dev` does), or the chosen hop is not an address.
 */
export function clientAddress(headers: Headers, trustedHops = trustedProxyHops(), env: Env = process.env): string | null {
  const socketHeader = env.MASIR_SOCKET_ADDRESS_HEADER;
  const peer = socketHeader ? headers.get(socketHeader) : null;
  if (!peer) return null;
  const forwarded = trustedHops > 0 ? (headers.get("x-forwarded-for") ?? "").split(",").filter((hop) => hop.trim() !== "") : [];
  const hops = [...forwarded, peer].map(normalise);
  const client = hops[Math.max(0, hops.length - 1 - trustedHops)] ?? "";
  return isIP(client) ? client : null;
}
