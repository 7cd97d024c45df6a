import { BlockList, isIP } from "node:net";

/**
 * Addresses a webhook may not reach unless the organization allows it: loopback, private, link-local
 * (cloud metadata lives there), carrier-grade NAT, unspecified, and their IPv6 kin. A playbook's URL
 * is someone's input; without this it could make the server call into its own network.
 */
const blocked = new BlockList();
for (const [net, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16]] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10]] as const) blocked.addSubnet(net, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blocked.check(address, "ipv4");
  if (version !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ? blocked.check(mapped, "ipv4") : blocked.check(address, "ipv6");
}

/** The host of a URL as an address when it is one (brackets of IPv6 removed), or null for a name. */
export function literalAddress(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return isIP(host) ? host : null;
}

/** A target that is private without asking DNS: a literal private address, or localhost. */
export function isObviouslyPrivate(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  const address = literalAddress(url);
  return host === "localhost" || host.endsWith(".localhost") || (address !== null && isPrivateAddress(address));
}
