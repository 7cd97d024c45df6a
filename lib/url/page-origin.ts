import "server-only";
import { headers } from "next/headers";

/** The app's public origin for links shown on a page: NEXTAUTH_URL's, else the host the page was asked for. */
export async function pageOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) {
    try {
      return new URL(process.env.NEXTAUTH_URL).origin;
    } catch {
      // Not a URL: fall back to the request's host, as lib/api/origin.ts does.
    }
  }
  const list = await headers();
  const host = list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
