import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * The instant a form page was served, signed for that form (`<ms>.<hmac>`), so a submission can
 * prove how long its visitor took (core/forms/spam.ts) without the server keeping anything.
 */
const sign = (formId: string, issuedAt: number) => createHmac("sha256", authSecret()).update(`lead-form:${formId}:${issuedAt}`).digest("base64url");

export function issueFillToken(formId: string, now = Date.now()): string {
  return `${now}.${sign(formId, now)}`;
}

/** When the token was issued for this form, or null when it is not one of ours for it. */
export function readFillToken(token: string | undefined, formId: string): number | null {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match?.[1] || !match[2]) return null;
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(formId, issuedAt));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? issuedAt : null;
}
