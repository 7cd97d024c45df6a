import "server-only";
import { cache } from "react";
import { formRateLimits, HONEYPOT_FIELD, judgeSubmission } from "@/core/forms/spam";
import type { Locale } from "@/core/constants";
import { toE164 } from "@/core/phone/phone-number";
import { fieldErrors } from "@/core/validation/fields";
import { getDb } from "@/db";
import { submitLeadForm } from "@/db/mutations/form-submissions";
import { spendPublicBudget } from "@/db/mutations/public-rate-limits";
import { findPublicLeadForm, findReferralLeadForm } from "@/db/queries/lead-forms";
import { issueFillToken, readFillToken } from "./fill-token";
import { submissionSchema } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-Za-z0-9_-]{22}$/;

type Found = NonNullable<Awaited<ReturnType<typeof findPublicLeadForm>>>;

/** What the public page needs: the organization's name, the fields, the thank-you text, and a fresh fill token. Nothing else of the organization. */
function present({ form, orgName }: Found, locale: Locale) {
  return { id: form.id, orgName, fields: form.fields, thankYou: form.thankYou[locale] ?? null, token: issueFillToken(form.id) };
}

export type PublicLeadForm = ReturnType<typeof present>;

/** Cached for the request: the page and its metadata share one read and one fill token. */
export const publicLeadForm = cache(async (id: string, locale: Locale): Promise<PublicLeadForm | null> => {
  if (!UUID.test(id)) return null;
  const found = await findPublicLeadForm(await getDb(), { id: id.toLowerCase() });
  return found ? present(found, locale) : null;
});

/** The default form of the referring customer's organization; null for an unknown or revoked code. */
export const referralLeadForm = cache(async (code: string, locale: Locale): Promise<PublicLeadForm | null> => {
  if (!CODE.test(code)) return null;
  const found = await findReferralLeadForm(await getDb(), { code });
  return found ? present(found, locale) : null;
});

export type SubmitOutcome =
  | { kind: "ok" }
  | { kind: "not_found" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "invalid"; errors: Record<string, string[]> };

/**
 * A visitor's submission: the client address's budget, then the form's (429 past either), the
 * fields, then the spam rules. A filled honeypot is answered as a success and stores nothing, so a
 * bot learns nothing; the answer never says whether the person was already a customer.
 */
export async function submitPublicLeadForm({ formId, body, clientAddress, now = new Date() }: { formId: string; body: Record<string, unknown>; clientAddress: string | null; now?: Date }): Promise<SubmitOutcome> {
  if (!UUID.test(formId)) return { kind: "not_found" };
  const db = await getDb();
  const found = await findPublicLeadForm(db, { id: formId.toLowerCase() });
  if (!found) return { kind: "not_found" };
  const limits = formRateLimits();
  for (const [key, perMinute] of [[`form-ip:${clientAddress ?? "unknown"}`, limits.ip], [`form:${found.form.id}`, limits.form]] as const) {
    const spend = await spendPublicBudget(db, { key, perMinute, now });
    if (!spend.ok) return { kind: "rate_limited", retryAfterSeconds: spend.retryAfterSeconds };
  }
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success) return { kind: "invalid", errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  const verdict = judgeSubmission({ honeypot: input[HONEYPOT_FIELD], issuedAt: readFillToken(input.token, found.form.id), now: now.getTime() });
  if (verdict === "honeypot") return { kind: "ok" };
  if (verdict !== "ok") return { kind: "invalid", errors: { form: [verdict === "too_fast" ? "too_fast" : "expired"] } };
  const asks = new Set(found.form.fields);
  const email = asks.has("email") ? (input.email ?? null) : null;
  const phone = asks.has("phone") ? (input.phone ?? null) : null;
  if ((asks.has("email") || asks.has("phone")) && !email && !phone) return { kind: "invalid", errors: { [asks.has("phone") ? "phone" : "email"]: ["contact_required"] } };
  await submitLeadForm(db, {
    orgId: found.form.orgId,
    formId: found.form.id,
    name: input.name,
    email,
    phone,
    phoneE164: phone ? toE164(phone, found.orgCountry) : null,
    question: asks.has("question") ? (input.question ?? null) : null,
    attribution: { utmSource: input.utm_source ?? null, utmMedium: input.utm_medium ?? null, utmCampaign: input.utm_campaign ?? null, referrerUrl: input.referrer ?? null },
    referralCode: input.ref ?? null,
    at: now,
  });
  return { kind: "ok" };
}
