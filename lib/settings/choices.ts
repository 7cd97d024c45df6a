/** The currencies an organization may keep its money in (ISO 4217; Iran's toman is not an ISO code, so rials). */
export const currencies = ["ILS", "IRR", "USD", "EUR"] as const;

/** IANA time zones the runtime knows, plus UTC (which Intl lists only under its aliases). */
export function timeZones(): [string, ...string[]] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}
