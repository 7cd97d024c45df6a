/**
 * What a lead form submission must look like to come from a person: the honeypot field (hidden from
 * people, filled by naive bots) left empty, and the form filled no faster than a person can, no
 * later than the page could sensibly still be open. The form's issue time travels signed with the
 * page (lib/forms/fill-token.ts); these are the pure rules over it.
 */
export const HONEYPOT_FIELD = "website";
export const MIN_FILL_MS = 3_000;
export const MAX_FILL_MS = 24 * 60 * 60 * 1000;
/** A submission's body, JSON or form-encoded: room for every field at its longest, far below a megabyte. */
export const MAX_SUBMISSION_BYTES = 16 * 1024;

export type SpamVerdict = "ok" | "honeypot" | "too_fast" | "expired" | "bad_token";

export function judgeSubmission({ honeypot, issuedAt, now }: { honeypot: string | undefined; issuedAt: number | null; now: number }): SpamVerdict {
  if (honeypot !== undefined && honeypot !== "") return "honeypot";
  if (issuedAt === null) return "bad_token";
  const elapsed = now - issuedAt;
  if (elapsed < MIN_FILL_MS) return "too_fast";
  if (elapsed > MAX_FILL_MS) return "expired";
  return "ok";
}

/** Per minute, per client address and per form, unless FORM_RATE_LIMIT_IP / FORM_RATE_LIMIT_FORM say otherwise. */
export const DEFAULT_FORM_LIMITS = { ip: 20, form: 60 } as const;

export function formRateLimits(env: Record<string, string | undefined> = process.env): { ip: number; form: number } {
  return { ip: positiveInt(env.FORM_RATE_LIMIT_IP, DEFAULT_FORM_LIMITS.ip, "FORM_RATE_LIMIT_IP"), form: positiveInt(env.FORM_RATE_LIMIT_FORM, DEFAULT_FORM_LIMITS.form, "FORM_RATE_LIMIT_FORM") };
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  const text = raw?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (submissions per minute), not "${text}"`);
  return value;
}
