import "server-only";
import { randomUUID } from "node:crypto";
import type { Locale } from "@/core/constants";
import { notFound } from "@/core/errors";
import { getDb } from "@/db";
import { answerSurvey, createCustomerToken, findPublicToken } from "@/db/mutations/customer-tokens";
import { findOrganization } from "@/db/queries/organizations";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { hashPublicToken, isPublicTokenShape, newPublicToken } from "@/core/messages/public-token";
import type { surveyAnswerSchema } from "./schemas";
import type { z } from "zod";

/** How long a survey link stays open. */
export const SURVEY_DAYS = 30;

/**
 * A single-use survey link for a customer the user may see (404 otherwise; 409 `do_not_contact`
 * for a customer who opted out). `locale` is the language the page asks in (default: the
 * organization's). Only the token's hash is kept: the link is shown once, here.
 */
export async function requestSurveyFor(user: CurrentUser, customerId: string, input: { locale?: Locale }, origin: string) {
  const db = await getDb();
  const locale = input.locale ?? (await findOrganization(db, { orgId: user.orgId }))?.defaultLocale ?? "he";
  const token = newPublicToken();
  const expiresAt = new Date(Date.now() + SURVEY_DAYS * 86_400_000);
  await createCustomerToken(db, {
    orgId: user.orgId,
    customerId,
    ...customerScope(user),
    purpose: "survey",
    tokenHash: hashPublicToken(token),
    locale,
    createdById: user.id,
    expiresAt,
  });
  return { url: `${origin}/${locale}/s/${token}`, token, expiresAt: expiresAt.toISOString() };
}

export type SurveyState = "open" | "used" | "expired";

/** What the public survey page shows: the organization's name, the customer's name and whether it can still be answered; null for an unknown link. */
export async function findSurvey(token: string) {
  if (!isPublicTokenShape(token)) return null;
  const found = await findPublicToken(await getDb(), { tokenHash: hashPublicToken(token), purpose: "survey" });
  if (!found) return null;
  const state: SurveyState = found.usedAt ? "used" : found.expiresAt.getTime() <= Date.now() ? "expired" : "open";
  return { state, orgName: found.orgName, customerName: found.customerName, locale: found.locale };
}

/** The customer's answer (no session): stored once; 410 `used` or `expired` afterwards, 404 for an unknown link. */
export async function answerSurveyPublic(token: string, input: z.infer<typeof surveyAnswerSchema>) {
  if (!isPublicTokenShape(token)) throw notFound();
  await answerSurvey(await getDb(), { tokenHash: hashPublicToken(token), feedbackId: randomUUID(), score: input.score, comment: input.comment ?? null });
  return { ok: true as const };
}
